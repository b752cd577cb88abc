package org.copse.web.digest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SortOrder;

/**
 * Interests read from what a member wrote, asked and commented on (inside their scope, before the
 * day asked about): tags and key phrases, weighted by what they did and fading with age. Their
 * questions' tags are the topics to suggest people for.
 */
public final class HistoryInterests implements MemberInterests {
  /** How many of a member's most recent contributions are read. */
  public static final int HISTORY_DEPTH = 100;
  /** How many of those are opened for key phrases. */
  public static final int PHRASE_DEPTH = 30;
  public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(180);
  /** Questions asked within this long before the period are the ones to find people for. */
  public static final Duration ASKED_WINDOW = Duration.ofDays(90);

  private final SearchIndex index;
  private final Duration halfLife;

  public HistoryInterests(SearchIndex index) {
    this(index, DEFAULT_HALF_LIFE);
  }

  public HistoryInterests(SearchIndex index, Duration halfLife) {
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("half life must be positive: " + halfLife);
    }
    this.index = index;
    this.halfLife = halfLife;
  }

  @Override
  public InterestProfile interestsOf(String memberId, AccessScope scope, LocalDate asOf) {
    if (scope.isEmpty()) {
      return InterestProfile.none();
    }
    List<SearchHit> history = index.search(Queries.request(Queries.byMemberBefore(memberId, asOf), scope,
        SortOrder.NEWEST, 0, HISTORY_DEPTH)).hits();
    Map<String, Double> tags = new HashMap<>();
    Map<String, Double> phrases = new HashMap<>();
    Set<String> asked = new LinkedHashSet<>();
    long asOfSeconds = asOf.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    for (int i = 0; i < history.size(); i++) {
      SearchHit hit = history.get(i);
      double weight = roleWeight(hit.kind()) * decay(asOfSeconds - hit.created().getEpochSecond());
      hit.tags().forEach(tag -> tags.merge(tag, weight, Double::sum));
      if (i < PHRASE_DEPTH) {
        index.get(hit.id(), scope).map(Contribution::keyPhrases)
            .ifPresent(list -> list.forEach(p -> phrases.merge(p, weight / 2, Double::sum)));
      }
      if (hit.kind() == ContributionKind.FORUM_QUESTION && hit.authorIds().indexOf(memberId) == 0
          && asOfSeconds - hit.created().getEpochSecond() <= ASKED_WINDOW.toSeconds()) {
        asked.addAll(hit.tags());
      }
    }
    return new InterestProfile(tags, phrases, asked);
  }

  private double decay(long ageSeconds) {
    return Math.pow(0.5, Math.max(0, ageSeconds) / (double) halfLife.toSeconds());
  }

  /** Writing and answering show more interest than asking, and asking more than commenting. */
  private static double roleWeight(ContributionKind kind) {
    return switch (kind) {
      case FORUM_ANSWER, LIBRARY_DOCUMENT, WIKI_PAGE, BLOG_POST -> 1.5;
      case FORUM_QUESTION -> 1.0;
      case COMMENT -> 0.5;
    };
  }
}
