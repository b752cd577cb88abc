package org.copse.ingest.extract;

import java.nio.file.Path;

/**
 * Extracts text and metadata from a file.
 *
 * <p>Contract: never throws for a bad file, whatever is wrong with it (encrypted, corrupt, hostile,
 * too large, too slow, exhausting memory): that is an {@link ExtractionResult.Failed} with a
 * {@link org.copse.ingest.source.SkipReason}. Throws {@link ExtractionException} only when
 * extraction itself cannot run (the worker JVM cannot be started). Thread safe: callers on several
 * threads share the workers. The creator closes it, which stops the workers.
 */
public interface Extractor extends AutoCloseable {

  ExtractionResult extract(Path file);

  @Override
  void close();
}
