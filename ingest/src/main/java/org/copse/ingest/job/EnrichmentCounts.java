package org.copse.ingest.job;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.copse.ingest.enrich.Enrichment;

/** How enrichment ended for the documents of one run, by outcome; updated from several threads. */
final class EnrichmentCounts {
  private final Map<Enrichment.Outcome, LongAdder> counts = new EnumMap<>(Enrichment.Outcome.class);

  EnrichmentCounts() {
    for (Enrichment.Outcome outcome : Enrichment.Outcome.values()) {
      counts.put(outcome, new LongAdder());
    }
  }

  void count(Enrichment enrichment) {
    counts.get(enrichment.outcome()).increment();
  }

  Map<String, Long> snapshot() {
    Map<String, Long> snapshot = new java.util.TreeMap<>();
    counts.forEach((outcome, count) -> {
      if (count.sum() > 0) {
        snapshot.put(outcome.name(), count.sum());
      }
    });
    return snapshot;
  }
}
