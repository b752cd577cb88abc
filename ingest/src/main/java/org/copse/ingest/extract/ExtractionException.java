package org.copse.ingest.extract;

/** Extraction cannot run at all (a worker JVM cannot be started or spoken to): fatal for a job. */
public class ExtractionException extends RuntimeException {
  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }

  public ExtractionException(String message) {
    super(message);
  }
}
