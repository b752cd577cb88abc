package org.copse.ingest.enrich;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds and switches for enrichment.
 *
 * @param enabled whether to run CoreNLP at all
 * @param maxTokens tokens beyond this many in one document are not analysed
 * @param timeout time allowed for one document
 * @param posMaxLen sentences longer than this many tokens are not tagged ({@code pos.maxlen})
 * @param nerMaxLen sentences longer than this many tokens get no entities ({@code ner.maxlen})
 * @param maxKeyPhrases how many key phrases to keep per document
 * @param maxEntities how many entities to keep per document
 * @param threads how many documents may be analysed at once
 */
public record EnrichmentSettings(boolean enabled, int maxTokens, Duration timeout, int posMaxLen, int nerMaxLen,
    int maxKeyPhrases, int maxEntities, int threads) {

  public static final int DEFAULT_MAX_TOKENS = 20_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_POS_MAX_LEN = 200;
  public static final int DEFAULT_NER_MAX_LEN = 200;
  public static final int DEFAULT_MAX_KEY_PHRASES = 15;
  public static final int DEFAULT_MAX_ENTITIES = 25;

  public EnrichmentSettings {
    Objects.requireNonNull(timeout, "timeout");
    if (maxTokens < 1 || posMaxLen < 1 || nerMaxLen < 1 || threads < 1) {
      throw new IllegalArgumentException("token limits and threads must be positive");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxKeyPhrases < 0 || maxEntities < 0) {
      throw new IllegalArgumentException("maxKeyPhrases and maxEntities must not be negative");
    }
  }

  public static EnrichmentSettings defaults() {
    return new EnrichmentSettings(true, DEFAULT_MAX_TOKENS, DEFAULT_TIMEOUT, DEFAULT_POS_MAX_LEN,
        DEFAULT_NER_MAX_LEN, DEFAULT_MAX_KEY_PHRASES, DEFAULT_MAX_ENTITIES, 2);
  }

  public EnrichmentSettings withMaxTokens(int value) {
    return new EnrichmentSettings(enabled, value, timeout, posMaxLen, nerMaxLen, maxKeyPhrases, maxEntities, threads);
  }

  public EnrichmentSettings withTimeout(Duration value) {
    return new EnrichmentSettings(enabled, maxTokens, value, posMaxLen, nerMaxLen, maxKeyPhrases, maxEntities, threads);
  }

  public EnrichmentSettings withEnabled(boolean value) {
    return new EnrichmentSettings(value, maxTokens, timeout, posMaxLen, nerMaxLen, maxKeyPhrases, maxEntities, threads);
  }
}
