package org.copse.web.reindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.web.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCopierTest {
  @TempDir Path source;
  @TempDir Path target;

  @Test
  void copiesEveryContributionInBatchesAndAgainChangesNothing() {
    List<Contribution> contributions = DemoContent.generate().contributions();
    try (LuceneSearchIndex from = LuceneSearchIndex.open(source); LuceneSearchIndex to = LuceneSearchIndex.open(target)) {
      from.index(contributions);
      List<Long> progress = new ArrayList<>();

      long copied = new IndexCopier(10).copy(from, to, progress::add);
      long again = new IndexCopier(1000).copy(from, to, count -> {});

      assertThat(copied).isEqualTo(contributions.size());
      assertThat(again).isEqualTo(contributions.size());
      assertThat(to.stats().documents()).isEqualTo(contributions.size());
      assertThat(progress).hasSize((contributions.size() + 9) / 10).isSorted().endsWith((long) contributions.size());
      Contribution sample = contributions.get(contributions.size() / 2);
      AccessScope its = AccessScope.of("reader", sample.communityId());
      assertThat(to.get(sample.id(), its)).contains(from.get(sample.id(), its).orElseThrow());
    }
  }

  @Test
  void anEmptySourceCopiesNothing() {
    try (LuceneSearchIndex from = LuceneSearchIndex.open(source); LuceneSearchIndex to = LuceneSearchIndex.open(target)) {
      assertThat(new IndexCopier(5).copy(from, to, count -> {})).isZero();
      assertThat(to.stats().documents()).isZero();
    }
  }

  @Test
  void refusesABatchSizeBelowOne() {
    assertThatThrownBy(() -> new IndexCopier(0)).hasMessageContaining("at least 1");
  }
}
