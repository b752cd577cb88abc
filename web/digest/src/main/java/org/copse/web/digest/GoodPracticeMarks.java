package org.copse.web.digest;

import java.time.Instant;
import java.util.List;

/**
 * Contributions facilitators marked as good practice (the facilitation module implements it). A
 * marked contribution the member may read goes in the "good practice for you" section, ranked first.
 *
 * <p>Contract: thread safe and cheap to ask per candidate; unscoped (the digest reads every
 * contribution again in the member's own scope before using it).
 */
public interface GoodPracticeMarks {
  /** Nothing is marked. */
  GoodPracticeMarks NONE = new GoodPracticeMarks() {
    @Override
    public boolean isMarked(String contributionId) {
      return false;
    }

    @Override
    public List<String> markedBetween(Instant from, Instant to) {
      return List.of();
    }
  };

  boolean isMarked(String contributionId);

  /** Ids of contributions marked in {@code [from, to)}, newest mark first. */
  List<String> markedBetween(Instant from, Instant to);
}
