/**
 * The digest of relevant content: what each member should hear about from a period (selection,
 * ranking, sections), their preferences, the record of what was sent, and the plain service that
 * runs a digest for the command line and the scheduled job. Plain Java: Spring wiring lives in
 * {@code org.copse.web.digest.app}.
 */
@NullMarked
package org.copse.web.digest;

import org.jspecify.annotations.NullMarked;
