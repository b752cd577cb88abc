/**
 * The {@code copse} command line (picocli): every command is listed in {@link org.copse.web.cli.CopseCommand}.
 */
@NullMarked
package org.copse.web.cli;

import org.jspecify.annotations.NullMarked;
