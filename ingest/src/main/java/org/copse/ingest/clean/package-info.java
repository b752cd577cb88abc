/** Cleaning of extracted text before enrichment and indexing. Plain Java. */
@NullMarked
package org.copse.ingest.clean;

import org.jspecify.annotations.NullMarked;
