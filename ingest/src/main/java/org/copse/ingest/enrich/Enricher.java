package org.copse.ingest.enrich;

/**
 * Finds entities and key phrases in text.
 *
 * <p>Contract: never throws for any text; a failure or a timeout is an {@link Enrichment} whose
 * outcome says so, and the caller indexes the document without enrichment. Thread safe. The
 * creator closes it.
 */
public interface Enricher extends AutoCloseable {

  Enrichment enrich(String text);

  @Override
  void close();

  /** An enricher that is switched off. */
  static Enricher disabled() {
    return new Enricher() {
      @Override
      public Enrichment enrich(String text) {
        return Enrichment.disabled();
      }

      @Override
      public void close() {}
    };
  }
}
