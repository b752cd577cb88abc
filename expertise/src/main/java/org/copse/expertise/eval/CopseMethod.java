package org.copse.expertise.eval;

import java.util.List;
import org.copse.expertise.graph.GraphView;
import org.copse.expertise.rank.ExpertQuery;
import org.copse.expertise.rank.ExpertRanker;
import org.copse.expertise.rank.RankedMember;

/** Copse's own ranking, with one set of settings. */
public record CopseMethod(String name, ExpertRanker ranker) implements RankingMethod {

  @Override
  public List<String> rank(ExpertQuery query, GraphView view, int limit) {
    return ranker.rank(query, view, limit).stream().map(RankedMember::memberId).toList();
  }
}
