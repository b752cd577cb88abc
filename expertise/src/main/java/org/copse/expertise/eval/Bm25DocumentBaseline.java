package org.copse.expertise.eval;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copse.expertise.graph.GraphView;
import org.copse.expertise.rank.ExpertQuery;
import org.copse.expertise.rank.TimeSlice;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.EvidenceHit;
import org.copse.index.SearchIndex;
import org.copse.index.query.UserQuery;

/**
 * Baseline: the plain document model. Each retrieved contribution adds its raw BM25 relevance to
 * every contributor except its asker; no role weights, votes, recency or discussion credit.
 */
public final class Bm25DocumentBaseline implements RankingMethod {

  private final SearchIndex index;
  private final int depth;

  public Bm25DocumentBaseline(SearchIndex index, int depth) {
    this.index = index;
    this.depth = depth;
  }

  @Override
  public String name() {
    return "baseline-bm25-document";
  }

  @Override
  public List<String> rank(ExpertQuery query, GraphView view, int limit) {
    UserQuery q = query.query();
    if (!q.hasText()) {
      return List.of();
    }
    Map<String, Double> scores = new HashMap<>();
    for (EvidenceHit hit : index.evidence(TimeSlice.before(q, view.asOf()), view.scope(), depth)) {
      if (!hit.created().isBefore(view.asOf())) {
        continue;
      }
      for (Contributor contributor : hit.contributors()) {
        boolean asked = contributor.role() == ContributorRole.ASKER || hit.kind() == ContributionKind.FORUM_QUESTION;
        if (!asked && !query.excludedMembers().contains(contributor.memberId())) {
          scores.merge(contributor.memberId(), (double) hit.relevance(), Double::sum);
        }
      }
    }
    return scores.keySet().stream()
        .sorted(Comparator.comparingDouble((String m) -> -scores.get(m)).thenComparing(m -> m))
        .limit(limit)
        .toList();
  }
}
