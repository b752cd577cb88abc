/**
 * The library source: a folder tree of documents (office files, PDFs, archives) whose text is
 * extracted by {@link org.copse.ingest.extract}. Plain Java: no Spring here.
 */
@NullMarked
package org.copse.ingest.library;

import org.jspecify.annotations.NullMarked;
