package org.copse.expertise.eval;

import java.util.List;
import org.copse.expertise.graph.GraphView;
import org.copse.expertise.rank.ExpertQuery;

/** One way of ranking members for a held-out question; compared with others in the same run. */
public interface RankingMethod {

  /** The name the report uses. */
  String name();

  /**
   * Member ids, best first, at most {@code limit}, using only what the view shows (the viewer's
   * scope, just before the question was asked) and never the query's excluded members.
   */
  List<String> rank(ExpertQuery query, GraphView view, int limit);
}
