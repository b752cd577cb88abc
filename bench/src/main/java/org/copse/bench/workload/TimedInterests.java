package org.copse.bench.workload;

import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;
import org.copse.index.AccessScope;
import org.copse.web.digest.InterestProfile;
import org.copse.web.digest.MemberInterests;

/** Member interests that add the time each call took to a total: one stage of the digest. */
final class TimedInterests implements MemberInterests {
  final LongAdder nanos = new LongAdder();
  private final MemberInterests inner;

  TimedInterests(MemberInterests inner) {
    this.inner = inner;
  }

  void reset() {
    nanos.reset();
  }

  @Override
  public InterestProfile interestsOf(String memberId, AccessScope scope, LocalDate asOf) {
    long start = System.nanoTime();
    try {
      return inner.interestsOf(memberId, scope, asOf);
    } finally {
      nanos.add(System.nanoTime() - start);
    }
  }
}
