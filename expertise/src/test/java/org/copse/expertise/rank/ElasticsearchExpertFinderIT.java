package org.copse.expertise.rank;

import org.copse.expertise.fixtures.Backend;

/** Expert finding on a real Elasticsearch server, with the same cases as on Lucene. */
class ElasticsearchExpertFinderIT extends ExpertFinderContractTest {
  @Override
  protected Backend backend() {
    return Backend.ELASTICSEARCH;
  }
}
