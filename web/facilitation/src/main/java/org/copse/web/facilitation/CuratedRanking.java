package org.copse.web.facilitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copse.index.AccessScope;
import org.copse.index.SearchHit;

/**
 * Re-ranks the top window of a relevance-ordered result list with facilitators' curation. It only
 * reorders hits the viewer already has (so it can never add content from outside the viewer's scope),
 * the same way for everyone who can see them:
 * <ol>
 *   <li>a result pinned for this (normalised) query in a community the viewer may read goes first;
 *   <li>a good-practice hit moves up by at most {@code boost} places, never above a pin or an
 *       earlier good-practice hit.
 * </ol>
 * A hit counts as a pinned or marked contribution when its id or its thread's id is.
 */
public final class CuratedRanking {
  /** The default most places a good-practice hit moves up. */
  public static final int DEFAULT_BOOST = 3;

  private CuratedRanking() {}

  public static List<SearchHit> rerank(List<SearchHit> hits, String normalisedQuery, AccessScope scope,
      Curation.Snapshot curation, int boost) {
    if (boost < 0) {
      throw new IllegalArgumentException("boost must not be negative: " + boost);
    }
    List<SearchHit> ranked = new ArrayList<>(hits);
    int pinned = 0;
    Map<String, String> pins = new TreeMap<>(curation.pins().getOrDefault(normalisedQuery, Map.of()));
    for (Map.Entry<String, String> pin : pins.entrySet()) {
      if (!scope.canRead(pin.getKey())) {
        continue;
      }
      for (int i = pinned; i < ranked.size(); i++) {
        SearchHit hit = ranked.get(i);
        if (hit.communityId().equals(pin.getKey()) && matches(hit, pin.getValue())) {
          ranked.add(pinned++, ranked.remove(i));
          break;
        }
      }
    }
    int floor = pinned;
    for (int i = pinned; i < ranked.size(); i++) {
      SearchHit hit = ranked.get(i);
      if (curation.goodPractice().contains(hit.id()) || curation.goodPractice().contains(hit.threadId())) {
        int to = Math.max(floor, i - boost);
        ranked.add(to, ranked.remove(i));
        floor = to + 1;
      }
    }
    return ranked;
  }

  private static boolean matches(SearchHit hit, String contributionId) {
    return hit.id().equals(contributionId) || hit.threadId().equals(contributionId);
  }
}
