package org.copse.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real CoreNLP models on real text: slow (model loading), so an IT. */
class CoreNlpEnricherIT {
  private static final Logger log = LoggerFactory.getLogger(CoreNlpEnricherIT.class);
  private static final String TEXT = "Ada Lovelace wrote to Manchester City Council about the flood defences in Leeds. "
      + "The council said the flood defence scheme would protect homes along the River Aire. "
      + "Grace Hopper from the Environment Agency visited Leeds in March to inspect the flood defence works.";

  private static CoreNlpEnricher enricher;

  @BeforeAll
  static void load() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    enricher = new CoreNlpEnricher(EnrichmentSettings.defaults());
    System.gc();
    long after = runtime.totalMemory() - runtime.freeMemory();
    log.info("CoreNLP pipeline holds about {} MB of heap", (after - before) / (1024 * 1024));
  }

  @AfterAll
  static void close() {
    enricher.close();
  }

  @Test
  void findsPeopleOrganisationsAndPlaces() {
    Enrichment enrichment = enricher.enrich(TEXT);

    assertThat(enrichment.outcome()).isEqualTo(Enrichment.Outcome.ENRICHED);
    assertThat(enrichment.entities()).contains("Ada Lovelace", "Grace Hopper", "Manchester City Council", "Leeds",
        "Environment Agency");
    assertThat(enrichment.entities().get(0)).isEqualTo("Leeds");
    assertThat(enrichment.entities()).doesNotContain("March");
  }

  @Test
  void findsKeyPhrasesByLemma() {
    Enrichment enrichment = enricher.enrich(TEXT);

    assertThat(enrichment.keyPhrases().get(0)).isEqualTo("flood defence");
    assertThat(enrichment.keyPhrases()).allMatch(p -> p.equals(p.toLowerCase()));
  }

  @Test
  void analysesNoMoreThanTheTokenCap() {
    try (var capped = new CoreNlpEnricher(EnrichmentSettings.defaults().withMaxTokens(12))) {
      Enrichment enrichment = capped.enrich(TEXT);

      assertThat(enrichment.tokens()).isEqualTo(12);
      assertThat(enrichment.entities()).doesNotContain("Grace Hopper");
    }
  }

  @Test
  void fallsBackWhenTheTimeLimitPasses() {
    try (var hasty = new CoreNlpEnricher(EnrichmentSettings.defaults().withTimeout(Duration.ofMillis(1)))) {
      Enrichment enrichment = hasty.enrich(TEXT.repeat(200));

      assertThat(enrichment.outcome()).isEqualTo(Enrichment.Outcome.TIMEOUT);
      assertThat(enrichment.isFallback()).isTrue();
      assertThat(enrichment.entities()).isEmpty();
    }
  }

  @Test
  void measuresThroughputOnLongerText() {
    String text = TEXT.repeat(100);
    enricher.enrich(text);
    Enrichment enrichment = enricher.enrich(text);

    double tokensPerSecond = enrichment.tokens() / (enrichment.nanos() / 1e9);
    log.info("CoreNLP enriched {} tokens in {} ms: {} tokens/s (one thread)", enrichment.tokens(),
        enrichment.nanos() / 1_000_000, Math.round(tokensPerSecond));
    assertThat(enrichment.outcome()).isEqualTo(Enrichment.Outcome.ENRICHED);
    assertThat(enrichment.tokens()).isGreaterThan(4_000);
  }
}
