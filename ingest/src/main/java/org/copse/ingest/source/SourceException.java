package org.copse.ingest.source;

/**
 * A whole source cannot be read (missing, unreadable, not the format it claims). Fatal for the job
 * that reads it; a single bad item is skipped and reported instead, see {@link SkippedItem}.
 */
public class SourceException extends RuntimeException {
  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }

  public SourceException(String message) {
    super(message);
  }
}
