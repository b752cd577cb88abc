package org.copse.web.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.index.AccessScope;
import org.copse.index.ContributionKind;
import org.copse.index.SearchHit;
import org.junit.jupiter.api.Test;

/** Pins and the good-practice boost only reorder what the viewer already has, by a bounded amount. */
class CuratedRankingTest {
  static final AccessScope READS_OPEN = AccessScope.of("viewer", "open");

  @Test
  void aGoodPracticeHitMovesUpAtMostTheBoost() {
    List<SearchHit> hits = hits(10);
    Curation.Snapshot marks = new Curation.Snapshot(Set.of("h8"), Map.of());

    List<SearchHit> ranked = CuratedRanking.rerank(hits, "damp", READS_OPEN, marks, 3);

    assertThat(ids(ranked)).containsExactly("h0", "h1", "h2", "h3", "h4", "h8", "h5", "h6", "h7", "h9");
    assertThat(ids(CuratedRanking.rerank(hits, "damp", READS_OPEN, marks, 0))).isEqualTo(ids(hits));
  }

  @Test
  void aPinnedHitGoesFirstForItsQueryOnlyAndOnlyForViewersWhoMayReadItsCommunity() {
    List<SearchHit> hits = hits(6);
    Curation.Snapshot pin = new Curation.Snapshot(Set.of(), Map.of("damp mould", Map.of("open", "h4")));

    assertThat(ids(CuratedRanking.rerank(hits, "damp mould", READS_OPEN, pin, 3)).get(0)).isEqualTo("h4");
    assertThat(ids(CuratedRanking.rerank(hits, "damp", READS_OPEN, pin, 3))).isEqualTo(ids(hits));
    assertThat(ids(CuratedRanking.rerank(hits, "damp mould", AccessScope.of("other", "closed"), pin, 3)))
        .isEqualTo(ids(hits));
  }

  @Test
  void curationNeverAddsAHitTheViewerDidNotHave() {
    List<SearchHit> hits = hits(3);
    Curation.Snapshot both = new Curation.Snapshot(Set.of("elsewhere"),
        Map.of("damp", Map.of("open", "not-in-results")));

    assertThat(ids(CuratedRanking.rerank(hits, "damp", READS_OPEN, both, 3))).containsExactly("h0", "h1", "h2");
  }

  @Test
  void goodPracticeNeverOvertakesAPinOrAnEarlierGoodPracticeHit() {
    List<SearchHit> hits = hits(6);
    Curation.Snapshot curation = new Curation.Snapshot(Set.of("h2", "h3"), Map.of("damp", Map.of("open", "h5")));

    assertThat(ids(CuratedRanking.rerank(hits, "damp", READS_OPEN, curation, 5)))
        .containsExactly("h5", "h2", "h3", "h0", "h1", "h4");
  }

  static List<SearchHit> hits(int n) {
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      hits.add(new SearchHit("h" + i, ContributionKind.WIKI_PAGE, "open", "Hit " + i, "", List.of(), List.of(),
          Instant.EPOCH, Instant.EPOCH, "h" + i, null));
    }
    return hits;
  }

  static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }
}
