/** Reads forum exports in Copse's documented JSON Lines format. */
@NullMarked
package org.copse.ingest.source.forum;

import org.jspecify.annotations.NullMarked;
