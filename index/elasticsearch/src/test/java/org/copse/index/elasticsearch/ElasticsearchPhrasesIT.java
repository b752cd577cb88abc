package org.copse.index.elasticsearch;

import java.util.concurrent.atomic.AtomicInteger;
import org.copse.index.SearchIndex;
import org.copse.index.elasticsearch.server.SharedElasticsearch;

/** The phrase cases on a real Elasticsearch server, with the same results as on Lucene. */
class ElasticsearchPhrasesIT extends PhrasesContractTest {
  private static final AtomicInteger NEXT = new AtomicInteger();

  @Override
  protected SearchIndex newIndex() {
    return ElasticsearchSearchIndex.open(ElasticsearchSettings.of(SharedElasticsearch.url())
        .withAlias("phrases-" + NEXT.incrementAndGet()).withLayout(1, 0));
  }
}
