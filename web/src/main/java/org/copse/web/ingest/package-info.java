/**
 * Ingest inside the application: the ingest module's configuration imported, runs started from the
 * command line or the admin page, and the expertise graph refreshed after each run.
 */
@NullMarked
package org.copse.web.ingest;

import org.jspecify.annotations.NullMarked;
