package org.copse.ingest.source;

/**
 * Input that tries to attack the reader (a DTD, external entities, entity expansion). The source is
 * refused; readers report it as {@link SkipReason#HOSTILE}.
 */
public class HostileInputException extends SourceException {
  public HostileInputException(String message) {
    super(message);
  }

  public HostileInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
