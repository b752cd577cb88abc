/**
 * The Spring Batch wiring of ingest, and the only Spring in this module: a job per source run with
 * the steps directory → items (read, extract, clean, enrich, write; chunked, processed on several
 * threads, written in read order) → sweep (delete what vanished). {@link
 * org.copse.ingest.job.IngestService} is the entry point; {@link
 * org.copse.ingest.job.IngestConfiguration} wires it into an application.
 */
@NullMarked
package org.copse.ingest.job;

import org.jspecify.annotations.NullMarked;
