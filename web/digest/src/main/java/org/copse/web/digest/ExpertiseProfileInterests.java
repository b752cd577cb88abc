package org.copse.web.digest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.expertise.rank.TopicWeight;
import org.copse.index.AccessScope;

/**
 * Interests from the member's expertise profile ({@code org.copse.expertise}): their strongest
 * topics within the scope, as phrases. The profile reflects the graph as it is now, so
 * {@code asOf} is not honoured: use {@link HistoryInterests} alone to replay the past.
 */
public final class ExpertiseProfileInterests implements MemberInterests {
  /** How many profile topics are taken. */
  public static final int TOPICS = 10;

  private final ExpertFinder expertise;

  public ExpertiseProfileInterests(ExpertFinder expertise) {
    this.expertise = expertise;
  }

  @Override
  public InterestProfile interestsOf(String memberId, AccessScope scope, LocalDate asOf) {
    if (scope.isEmpty()) {
      return InterestProfile.none();
    }
    Map<String, Double> phrases = new HashMap<>();
    for (TopicWeight topic : expertise.profile(memberId, scope, TOPICS)) {
      if (!topic.topic().isBlank() && topic.weight() > 0) {
        phrases.merge(topic.topic(), topic.weight(), Double::sum);
      }
    }
    return new InterestProfile(Map.of(), phrases, Set.of());
  }
}
