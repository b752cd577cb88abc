package org.copse.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.copse.index.CouncilFixtures;
import org.copse.index.SearchRequest;
import org.copse.index.query.UserQuery;
import org.copse.index.elasticsearch.server.SharedElasticsearch;
import org.junit.jupiter.api.Test;

/** A re-index builds the next version and swaps the alias while searches keep answering. */
class ReindexIT {

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
}
