package org.copse.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.CouncilFixtures;
import org.copse.index.IndexBatch;
import org.copse.index.SearchRequest;
import org.copse.index.query.UserQuery;
import org.copse.index.elasticsearch.server.SharedElasticsearch;
import org.junit.jupiter.api.Test;

/** A re-index builds the next version and swaps the alias while searches keep answering and writes go on. */
class ReindexIT {
  private static final AccessScope HOUSING_VIEWER = AccessScope.of("viewer", CouncilFixtures.HOUSING);

  @Test
  void reindexSwapsTheAliasWithoutAnyFailedOrEmptySearch() throws InterruptedException {
    ElasticsearchSettings settings = ElasticsearchSettings.of(SharedElasticsearch.url()).withAlias("reindex").withLayout(1, 0);
    try (ElasticsearchSearchIndex index = ElasticsearchSearchIndex.open(settings)) {
      index.index(CouncilFixtures.publicContributions());
      index.index(CouncilFixtures.binCollectionReviews(600, CouncilFixtures.HOUSING));
      SearchRequest bins = SearchRequest.of(UserQuery.parse("bins"), CouncilFixtures.publicViewer());
      String before = index.stats().location();

      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger searches = new AtomicInteger();
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      Thread reader = new Thread(() -> {
        while (running.get()) {
          try {
            long total = index.search(bins).totalHits();
            searches.incrementAndGet();
            if (total != 600) {
              problems.add("saw " + total + " hits");
            }
          } catch (RuntimeException e) {
            problems.add(e.toString());
          }
        }
      }, "reindex-reader");
      reader.start();
      String next;
      try {
        next = index.reindex();
      } finally {
        running.set(false);
        reader.join();
      }

      assertThat(problems).isEmpty();
      assertThat(searches.get()).isPositive();
      assertThat(index.stats().location()).contains(next).isNotEqualTo(before);
      assertThat(index.stats().documents()).isEqualTo(CouncilFixtures.publicContributions().size() + 600L);
      assertThat(index.get(CouncilFixtures.DAMP_GUIDE, CouncilFixtures.publicViewer()))
          .contains(CouncilFixtures.byId(CouncilFixtures.DAMP_GUIDE));
    }
  }

  /** Was: "reindex loses writes made during it (pause ingest)" (issue #5). */
  @Test
  void writesMadeWhileItRunsAreInTheNewVersion() throws InterruptedException {
    ElasticsearchSettings settings = ElasticsearchSettings.of(SharedElasticsearch.url()).withAlias("reindex-writes")
        .withLayout(1, 0);
    try (ElasticsearchSearchIndex index = ElasticsearchSearchIndex.open(settings)) {
      List<Contribution> reviews = CouncilFixtures.binCollectionReviews(1_500, CouncilFixtures.HOUSING);
      index.index(reviews);
      // what each touched id should hold at the end (null: deleted); one writer, so its order is the order
      Map<String, Contribution> expected = new LinkedHashMap<>();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger batches = new AtomicInteger();
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      Thread writer = new Thread(() -> {
        for (int i = 0; running.get() && i < 300; i++) {
          Contribution added = Contribution.builder("doc:during-" + i, ContributionKind.LIBRARY_DOCUMENT,
                  CouncilFixtures.HOUSING).title("Written during the re-index " + i).body("Bin routes, week " + i)
              .created(Instant.parse("2026-01-01T09:00:00Z").plusSeconds(i)).tags(List.of("waste"))
              .contributor("m-crew-0", ContributorRole.AUTHOR).contentHash("h-during-" + i).build();
          Contribution changed = reviews.get(i).toBuilder().title("Changed during the re-index " + i).build();
          String deleted = reviews.get(reviews.size() - 1 - i).id();
          try {
            index.apply(new IndexBatch(List.of(added, changed), List.of(deleted)));
          } catch (RuntimeException e) {
            problems.add(e.toString());
            return;
          }
          expected.put(added.id(), added);
          expected.put(changed.id(), changed);
          expected.put(deleted, null);
          batches.incrementAndGet();
        }
      }, "reindex-writer");
      writer.start();
      try {
        index.reindex();
      } finally {
        running.set(false);
        writer.join();
      }

      assertThat(problems).isEmpty();
      assertThat(batches.get()).isPositive();
      long deletes = expected.values().stream().filter(Objects::isNull).count();
      assertThat(index.stats().documents()).isEqualTo(reviews.size() + batches.get() - deletes);
      expected.forEach((id, contribution) -> assertThat(index.get(id, HOUSING_VIEWER))
          .as("%s after the re-index", id).isEqualTo(Optional.ofNullable(contribution)));
    }
  }
}
