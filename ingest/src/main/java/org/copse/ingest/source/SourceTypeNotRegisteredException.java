package org.copse.ingest.source;

/** No reader is registered for a source type (for {@link SourceType#LIBRARY}, until extraction registers one). */
public class SourceTypeNotRegisteredException extends SourceException {
  public SourceTypeNotRegisteredException(SourceType type) {
    super("no reader registered for source type '" + type.code() + "'");
  }
}
