package org.copse.ingest.job;

/**
 * What one stage did in a run.
 *
 * @param documents documents it handled
 * @param bytes bytes it handled (file bytes for extraction, text bytes for enrichment and indexing)
 * @param millis time spent in it, summed over threads
 */
public record StageStats(long documents, long bytes, long millis) {
  public static final StageStats NONE = new StageStats(0, 0, 0);

  /** Documents per second of time spent in the stage (per thread). */
  public double documentsPerSecond() {
    return millis == 0 ? 0 : documents * 1000.0 / millis;
  }

  /** Megabytes per second of time spent in the stage (per thread). */
  public double megabytesPerSecond() {
    return millis == 0 ? 0 : bytes / (1024.0 * 1024.0) * 1000.0 / millis;
  }
}
