package org.copse.ingest.job;

import java.util.Objects;

/**
 * A source type to add to the {@link SourceCatalog}: declare one as a bean per reader and
 * {@link IngestConfiguration} registers it.
 *
 * @param type the type's code, such as {@code mediawiki}
 * @param factory opens a source of that type
 */
public record SourceRegistration(String type, SourceFactory factory) {
  public SourceRegistration {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(factory, "factory");
  }
}
