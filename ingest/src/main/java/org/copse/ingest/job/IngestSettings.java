package org.copse.ingest.job;

import java.util.Objects;
import org.copse.ingest.enrich.EnrichmentSettings;
import org.copse.ingest.extract.ExtractionLimits;
import org.copse.ingest.extract.WorkerLaunch;

/**
 * How the ingest job runs.
 *
 * @param chunkSize items per chunk (and per transaction)
 * @param threads items processed at once within a chunk; writing stays in read order
 * @param maxBodyChars cleaned text beyond this many characters is cut off
 * @param extraction limits for each file
 * @param extractionWorkers how many worker JVMs extract files
 * @param workerLaunch how to start a worker JVM
 * @param enrichment CoreNLP switches and limits
 */
public record IngestSettings(int chunkSize, int threads, int maxBodyChars, ExtractionLimits extraction,
    int extractionWorkers, WorkerLaunch workerLaunch, EnrichmentSettings enrichment) {

  public static final int DEFAULT_CHUNK_SIZE = 50;
  public static final int DEFAULT_THREADS = 2;
  public static final int DEFAULT_MAX_BODY_CHARS = 2_000_000;

  public IngestSettings {
    if (chunkSize < 1 || threads < 1 || maxBodyChars < 1 || extractionWorkers < 1) {
      throw new IllegalArgumentException("chunk size, threads, body size and extraction workers must be positive");
    }
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(workerLaunch, "workerLaunch");
    Objects.requireNonNull(enrichment, "enrichment");
  }

  public static IngestSettings defaults() {
    return new IngestSettings(DEFAULT_CHUNK_SIZE, DEFAULT_THREADS, DEFAULT_MAX_BODY_CHARS, ExtractionLimits.defaults(),
        DEFAULT_THREADS, WorkerLaunch.fromCurrentJvm(), EnrichmentSettings.defaults());
  }

  public IngestSettings withChunkSize(int value) {
    return new IngestSettings(value, threads, maxBodyChars, extraction, extractionWorkers, workerLaunch, enrichment);
  }

  public IngestSettings withEnrichment(EnrichmentSettings value) {
    return new IngestSettings(chunkSize, threads, maxBodyChars, extraction, extractionWorkers, workerLaunch, value);
  }

  public IngestSettings withExtraction(ExtractionLimits value) {
    return new IngestSettings(chunkSize, threads, maxBodyChars, value, extractionWorkers, workerLaunch, enrichment);
  }
}
