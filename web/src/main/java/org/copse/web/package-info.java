/**
 * The Copse application: one executable jar whose {@link org.copse.web.CopseApplication#main} runs the
 * command line; {@code serve} starts the web app. This is the only module that picks an index adapter.
 */
@NullMarked
package org.copse.web;

import org.jspecify.annotations.NullMarked;
