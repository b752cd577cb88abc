package org.copse.expertise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

  private static final List<String> RANKED = List.of("a", "b", "c", "d");

  @Test
  void reciprocal_rank_is_one_over_the_first_relevant_rank() {
    assertThat(RankingMetrics.reciprocalRank(RANKED, Set.of("c", "d"))).isEqualTo(1.0 / 3);
    assertThat(RankingMetrics.reciprocalRank(RANKED, Set.of("z"))).isZero();
  }

  @Test
  void precision_and_recall_count_relevant_members_in_the_cut() {
    assertThat(RankingMetrics.precisionAt(1, RANKED, Set.of("a"))).isEqualTo(1.0);
    assertThat(RankingMetrics.precisionAt(1, RANKED, Set.of("b"))).isZero();
    assertThat(RankingMetrics.recallAt(2, RANKED, Set.of("b", "d"))).isEqualTo(0.5);
    assertThat(RankingMetrics.recallAt(100, RANKED, Set.of("b", "d", "z"))).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void ndcg_discounts_by_log_rank_and_normalises_by_the_ideal_order() {
    // relevant at rank 2 only: (1/log2(3)) / (1/log2(2))
    assertThat(RankingMetrics.ndcgAt(10, RANKED, Set.of("b"))).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-9));
    assertThat(RankingMetrics.ndcgAt(10, RANKED, Set.of("a", "b"))).isCloseTo(1.0, within(1e-9));
    assertThat(RankingMetrics.ndcgAt(10, RANKED, Set.of())).isZero();
  }
}
