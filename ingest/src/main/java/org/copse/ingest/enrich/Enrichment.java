package org.copse.ingest.enrich;

import java.util.List;
import java.util.Objects;

/**
 * What enrichment found in one document, or why it found nothing.
 *
 * @param outcome whether it ran, and if not why
 * @param entities people, organisations and places, most frequent first
 * @param keyPhrases key phrases in lower case, best first
 * @param tokens how many tokens were analysed (after the token cap)
 * @param nanos time spent
 * @param detail what went wrong, for the report; empty when nothing did
 */
public record Enrichment(Outcome outcome, List<String> entities, List<String> keyPhrases, int tokens, long nanos,
    String detail) {

  /** How enrichment of one document ended. */
  public enum Outcome {
    /** Entities and key phrases were found (possibly none). */
    ENRICHED,
    /** Enrichment is switched off by configuration. */
    DISABLED,
    /** The time limit passed; the document is indexed without enrichment. */
    TIMEOUT,
    /** CoreNLP failed on this text; the document is indexed without enrichment. */
    ERROR
  }

  public Enrichment {
    Objects.requireNonNull(outcome, "outcome");
    entities = List.copyOf(entities);
    keyPhrases = List.copyOf(keyPhrases);
    Objects.requireNonNull(detail, "detail");
  }

  public static Enrichment disabled() {
    return new Enrichment(Outcome.DISABLED, List.of(), List.of(), 0, 0, "");
  }

  static Enrichment fallback(Outcome outcome, long nanos, String detail) {
    return new Enrichment(outcome, List.of(), List.of(), 0, nanos, detail);
  }

  /** Whether the document goes on without enrichment because it failed (not because it is off). */
  public boolean isFallback() {
    return outcome == Outcome.TIMEOUT || outcome == Outcome.ERROR;
  }
}
