package org.copse.expertise.eval;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copse.expertise.graph.ContributionNode;
import org.copse.expertise.graph.Credit;
import org.copse.expertise.graph.GraphView;
import org.copse.expertise.rank.ExpertQuery;
import org.copse.index.ContributorRole;

/** Baseline: members ranked by how many answers they gave in discussions carrying the question's tags. */
public final class TagCountBaseline implements RankingMethod {

  @Override
  public String name() {
    return "baseline-tag-answer-count";
  }

  @Override
  public List<String> rank(ExpertQuery query, GraphView view, int limit) {
    Map<String, Integer> answers = new HashMap<>();
    for (String tag : query.tags()) {
      for (ContributionNode node : view.about(tag)) {
        for (Credit credit : node.credits()) {
          boolean answered = credit.role() == ContributorRole.ANSWERER
              || credit.role() == ContributorRole.ACCEPTED_ANSWERER;
          if (answered && !query.excludedMembers().contains(credit.memberId())) {
            answers.merge(credit.memberId(), 1, Integer::sum);
          }
        }
      }
    }
    return answers.keySet().stream()
        .sorted(Comparator.comparingInt((String m) -> -answers.get(m)).thenComparing(m -> m))
        .limit(limit)
        .toList();
  }
}
