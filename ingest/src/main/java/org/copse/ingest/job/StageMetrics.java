package org.copse.ingest.job;

import java.util.concurrent.atomic.LongAdder;

/** Time, documents and bytes per stage of one run; updated from several threads. */
final class StageMetrics {
  final Stage extract = new Stage();
  final Stage enrich = new Stage();
  final Stage index = new Stage();
  final LongAdder enrichTokens = new LongAdder();

  /** One stage's totals. */
  static final class Stage {
    final LongAdder documents = new LongAdder();
    final LongAdder bytes = new LongAdder();
    final LongAdder nanos = new LongAdder();

    void add(long documentCount, long byteCount, long elapsedNanos) {
      documents.add(documentCount);
      bytes.add(byteCount);
      nanos.add(elapsedNanos);
    }

    StageStats stats() {
      return new StageStats(documents.sum(), bytes.sum(), nanos.sum() / 1_000_000);
    }
  }
}
