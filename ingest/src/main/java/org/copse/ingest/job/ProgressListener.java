package org.copse.ingest.job;

/**
 * Told how a run is going after each chunk and when it ends: a command-line progress bar or a web
 * status page. Called on the job's thread; must return quickly and not throw.
 */
@FunctionalInterface
public interface ProgressListener {

  void onProgress(IngestProgress progress);

  static ProgressListener none() {
    return progress -> {};
  }
}
