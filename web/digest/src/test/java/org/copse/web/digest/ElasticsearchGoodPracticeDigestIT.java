package org.copse.web.digest;

import org.copse.expertise.fixtures.Backend;

/** Good-practice marks and facilitators' summaries in the digest on a real Elasticsearch server, with the same cases as on Lucene. */
class ElasticsearchGoodPracticeDigestIT extends GoodPracticeDigestContractTest {
  @Override
  protected Backend backend() {
    return Backend.ELASTICSEARCH;
  }
}
