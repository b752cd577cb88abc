package org.copse.index.elasticsearch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.copse.index.SearchIndex;
import org.copse.index.SearchIndexContractTest;
import org.copse.index.elasticsearch.server.SharedElasticsearch;

/** The Elasticsearch adapter passes the same contract suite as the Lucene one, on a real server. */
class ElasticsearchSearchIndexIT extends SearchIndexContractTest {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private final Map<SearchIndex, ElasticsearchSettings> settingsOf = new ConcurrentHashMap<>();

  @Override
  protected SearchIndex newIndex() {
    ElasticsearchSettings settings = ElasticsearchSettings.of(SharedElasticsearch.url())
        .withAlias("contract-" + NEXT.incrementAndGet()).withLayout(1, 0);
    return open(settings);
  }

  @Override
  protected SearchIndex reopen(SearchIndex index) {
    ElasticsearchSettings settings = settingsOf.remove(index);
    index.close();
    return open(settings);
  }

  private SearchIndex open(ElasticsearchSettings settings) {
    SearchIndex index = ElasticsearchSearchIndex.open(settings);
    settingsOf.put(index, settings);
    return index;
  }
}
