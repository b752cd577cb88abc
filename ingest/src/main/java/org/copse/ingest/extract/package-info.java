/**
 * Text extraction with Apache Tika, isolated from the ingest process: untrusted files are parsed
 * in forked, memory-limited worker JVMs ({@link org.copse.ingest.extract.ForkedExtractor}) with a
 * time, size and text limit, so one hostile or broken file fails alone and is reported with a
 * {@link org.copse.ingest.source.SkipReason}.
 */
@NullMarked
package org.copse.ingest.extract;

import org.jspecify.annotations.NullMarked;
