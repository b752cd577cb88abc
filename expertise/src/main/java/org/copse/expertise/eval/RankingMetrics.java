package org.copse.expertise.eval;

import java.util.List;
import java.util.Set;

/** Binary-relevance ranking metrics for one ranked list of members. */
public final class RankingMetrics {

  private RankingMetrics() {}

  /** 1 / the rank of the first relevant member, 0 when none is ranked. */
  public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** Share of the first {@code k} ranks that are relevant. */
  public static double precisionAt(int k, List<String> ranked, Set<String> relevant) {
    long hits = ranked.stream().limit(k).filter(relevant::contains).count();
    return (double) hits / k;
  }

  /** Share of the relevant members found in the first {@code k} ranks. */
  public static double recallAt(int k, List<String> ranked, Set<String> relevant) {
    if (relevant.isEmpty()) {
      return 0;
    }
    long hits = ranked.stream().limit(k).filter(relevant::contains).count();
    return (double) hits / relevant.size();
  }

  /** Normalised discounted cumulative gain over the first {@code k} ranks, with gain 1 per relevant member. */
  public static double ndcgAt(int k, List<String> ranked, Set<String> relevant) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return ideal > 0 ? dcg / ideal : 0;
  }

  private static double log2(int value) {
    return Math.log(value) / Math.log(2);
  }
}
