package org.copse.ingest.job;

import org.copse.ingest.source.Source;

/**
 * Opens the source a request names. Called again with the same request when a crashed run is
 * restarted, so it must give a source that yields the same items in the same order.
 */
@FunctionalInterface
public interface SourceFactory {
  /** Throws {@link org.copse.ingest.source.SourceException} when the source cannot be opened. */
  Source open(IngestRequest request);
}
