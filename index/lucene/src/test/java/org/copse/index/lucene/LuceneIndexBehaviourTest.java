package org.copse.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copse.index.CouncilFixtures.DAMP_GUIDE;
import static org.copse.index.CouncilFixtures.HOUSING;
import static org.copse.index.CouncilFixtures.SEND;

import java.nio.file.Path;
import java.util.List;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.CouncilFixtures;
import org.copse.index.IndexException;
import org.copse.index.SearchHit;
import org.copse.index.SearchRequest;
import org.copse.index.SearchResult;
import org.copse.index.query.UserQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is particular to the Lucene adapter: cached access sets, locking, query safety. */
class LuceneIndexBehaviourTest {

  private static final AccessScope HOUSING_VIEWER = AccessScope.of("m-viewer", HOUSING);
  private static final AccessScope SEND_VIEWER = AccessScope.of("m-viewer", SEND);

  @TempDir
  Path dir;

  @Test
  void cachedAccessSetsFollowWritesThatMoveAddAndDeleteContributions() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      index.index(CouncilFixtures.publicContributions());
      assertThat(ids(index, "mould", HOUSING_VIEWER)).containsExactly(DAMP_GUIDE);
      assertThat(ids(index, "mould", SEND_VIEWER)).isEmpty();

      Contribution moved = Contribution.builder(DAMP_GUIDE, ContributionKind.LIBRARY_DOCUMENT, SEND)
          .title("Damp and mould in school buildings").build();
      index.index(List.of(moved));
      assertThat(ids(index, "mould", HOUSING_VIEWER)).isEmpty();
      assertThat(ids(index, "mould", SEND_VIEWER)).containsExactly(DAMP_GUIDE);
      assertThat(index.get(DAMP_GUIDE, HOUSING_VIEWER)).isEmpty();

      index.index(List.of(Contribution.builder("new", ContributionKind.BLOG_POST, HOUSING).title("Mould checklist").build()));
      assertThat(ids(index, "mould", HOUSING_VIEWER)).containsExactly("new");
      index.delete(List.of("new"));
      assertThat(ids(index, "mould", HOUSING_VIEWER)).isEmpty();
      assertThat(index.suggest("mould", HOUSING_VIEWER, 5)).isEmpty();
    }
  }

  @Test
  void cachedAccessSetsAreDroppedWithTheirSegments() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      for (int i = 0; i < 15; i++) {
        index.index(List.of(Contribution.builder("bins-" + i, ContributionKind.BLOG_POST, HOUSING)
            .title("Bin round " + i).build()));
        assertThat(index.search(SearchRequest.of(UserQuery.parse("bin"), HOUSING_VIEWER)).totalHits()).isEqualTo(i + 1);
      }
      assertThat(index.cachedAccessSegments()).isPositive().isLessThanOrEqualTo(index.segmentCount());
    }
  }

  @Test
  void queryOperatorsOfOtherEnginesAreSearchedAsText() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      index.index(CouncilFixtures.publicContributions());
      AccessScope viewer = CouncilFixtures.publicViewer();
      for (String q : List.of("dam*", "/d.*p/", "damp~2", "title:damp", "damp^10", "(damp")) {
        SearchResult result = index.search(SearchRequest.of(UserQuery.parse(q), viewer));
        assertThat(result.totalHits()).as(q).isLessThanOrEqualTo(1);
      }
      long everything = index.search(SearchRequest.of(UserQuery.parse(""), viewer)).totalHits();
      for (String punctuation : List.of("*:*", "?", "\\", "* OR *")) {
        assertThat(index.search(SearchRequest.of(UserQuery.parse(punctuation), viewer)).totalHits())
            .as("stray punctuation is ignored: %s", punctuation).isEqualTo(everything);
      }
    }
  }

  @Test
  void aLargeBatchIsWrittenInParallelAndTheLastVersionOfAnIdWins() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, LuceneSettings.defaults().withIndexingThreads(3))) {
      List<Contribution> batch = new java.util.ArrayList<>();
      for (int i = 0; i < BatchWriter.PARALLEL_FROM * 2; i++) {
        batch.add(Contribution.builder("doc-" + (i % 300), ContributionKind.WIKI_PAGE, HOUSING)
            .title("Version " + i).build());
      }
      index.index(batch);
      assertThat(index.stats().documents()).isEqualTo(300);
      for (int id = 0; id < 300; id++) {
        int last = id + 300 * ((BatchWriter.PARALLEL_FROM * 2 - 1 - id) / 300);
        assertThat(index.get("doc-" + id, HOUSING_VIEWER).orElseThrow().title()).isEqualTo("Version " + last);
      }
    }
  }

  @Test
  void aSecondOpenOfTheSameDirectoryIsRefused() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      assertThatThrownBy(() -> LuceneSearchIndex.open(dir))
          .isInstanceOf(IndexException.class).hasMessageContaining("already open");
      assertThat(index.stats().backend()).isEqualTo(LuceneSearchIndex.BACKEND);
    }
  }

  private static List<String> ids(LuceneSearchIndex index, String query, AccessScope scope) {
    return index.search(SearchRequest.of(UserQuery.parse(query), scope)).hits().stream().map(SearchHit::id).toList();
  }
}
