package org.copse.web.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.copse.index.ContributionKind;
import org.junit.jupiter.api.Test;

class DiversityRankerTest {

  private static DigestItem item(String id, String thread, double relevance, String... tags) {
    return new DigestItem(DigestSection.DISCUSSIONS, id, ContributionKind.FORUM_ANSWER, "c", "C", id, "", Instant.EPOCH,
        thread, List.of(tags), null, relevance, List.of());
  }

  @Test
  void capsPostsFromOneThread() {
    List<DigestItem> candidates = List.of(item("a1", "a", 1.0), item("a2", "a", 0.99), item("a3", "a", 0.98),
        item("b1", "b", 0.2));
    List<String> chosen = new DiversityRanker(1.0, 2).select(candidates, 4).stream().map(DigestItem::contributionId).toList();
    assertThat(chosen).containsExactly("a1", "a2", "b1");
  }

  @Test
  void prefersVarietyOverANearDuplicateWhenLambdaIsBelowOne() {
    List<DigestItem> candidates = List.of(item("x", "t1", 1.0, "damp", "mould"), item("y", "t2", 0.95, "damp", "mould"),
        item("z", "t3", 0.8, "planning"));
    List<String> chosen = new DiversityRanker(0.5, 2).select(candidates, 2).stream().map(DigestItem::contributionId).toList();
    assertThat(chosen).containsExactly("x", "z");
    List<String> relevanceOnly = new DiversityRanker(1.0, 2).select(candidates, 2).stream()
        .map(DigestItem::contributionId).toList();
    assertThat(relevanceOnly).containsExactly("x", "y");
  }

  @Test
  void similarityIsOneWithinAThreadAndTagOverlapOtherwise() {
    assertThat(DiversityRanker.similarity(item("a", "t", 1), item("b", "t", 1))).isEqualTo(1.0);
    assertThat(DiversityRanker.similarity(item("a", "t", 1, "x", "y"), item("b", "u", 1, "y", "z"))).isEqualTo(1.0 / 3);
    assertThat(DiversityRanker.similarity(item("a", "t", 1), item("b", "u", 1, "y"))).isZero();
  }
}
