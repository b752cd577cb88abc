package org.copse.bench.workload;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.copse.index.AccessScope;
import org.copse.web.digest.ExpertFinder;
import org.copse.web.digest.SuggestedExpert;

/** An expert finder that adds the time each call took to a total: one stage of the digest. */
final class TimedExperts implements ExpertFinder {
  final LongAdder nanos = new LongAdder();
  private final ExpertFinder inner;

  TimedExperts(ExpertFinder inner) {
    this.inner = inner;
  }

  void reset() {
    nanos.reset();
  }

  @Override
  public List<SuggestedExpert> expertsFor(String topic, AccessScope scope, int limit) {
    long start = System.nanoTime();
    try {
      return inner.expertsFor(topic, scope, limit);
    } finally {
      nanos.add(System.nanoTime() - start);
    }
  }
}
