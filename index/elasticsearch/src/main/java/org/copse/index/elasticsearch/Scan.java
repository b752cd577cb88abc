package org.copse.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.copse.index.Contribution;
import org.jspecify.annotations.Nullable;

/**
 * Reads every contribution of an index, unscoped, through a point in time and {@code search_after}
 * on the id, so the pages form one consistent view however long the visit takes.
 */
final class Scan {
  static final int PAGE = 1_000;
  private static final String KEEP_ALIVE = "2m";

  private Scan() {}

  static void all(ElasticsearchClient client, String index, Consumer<Contribution> visitor) throws IOException {
    String pit = client.openPointInTime(p -> p.index(index).keepAlive(k -> k.time(KEEP_ALIVE))).id();
    try {
      @Nullable List<FieldValue> after = null;
      while (true) {
        List<FieldValue> searchAfter = after;
        SearchResponse<ContributionDocument> page = client.search(s -> {
          s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE))).size(PAGE)
              .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
          if (searchAfter != null) {
            s.searchAfter(searchAfter);
          }
          return s;
        }, ContributionDocument.class);
        List<Hit<ContributionDocument>> hits = page.hits().hits();
        for (Hit<ContributionDocument> hit : hits) {
          ContributionDocument doc = hit.source();
          if (doc != null) {
            visitor.accept(doc.toContribution());
          }
        }
        if (hits.size() < PAGE) {
          return;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    } finally {
      client.closePointInTime(c -> c.id(pit));
    }
  }
}
