package org.copse.expertise.eval;

import java.util.List;
import java.util.Set;

/** Sums the metrics of ranked lists, one question at a time. */
final class MetricAccumulator {

  private int questions;
  private double reciprocalRank;
  private double precisionAt1;
  private double ndcgAt10;
  private double recallAt100;

  void add(List<String> ranked, Set<String> relevant) {
    questions++;
    reciprocalRank += RankingMetrics.reciprocalRank(ranked, relevant);
    precisionAt1 += RankingMetrics.precisionAt(1, ranked, relevant);
    ndcgAt10 += RankingMetrics.ndcgAt(10, ranked, relevant);
    recallAt100 += RankingMetrics.recallAt(100, ranked, relevant);
  }

  MetricSummary summary() {
    if (questions == 0) {
      return new MetricSummary(0, 0, 0, 0, 0);
    }
    return new MetricSummary(questions, reciprocalRank / questions, precisionAt1 / questions,
        ndcgAt10 / questions, recallAt100 / questions);
  }
}
