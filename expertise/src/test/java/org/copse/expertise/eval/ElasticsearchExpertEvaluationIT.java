package org.copse.expertise.eval;

import org.copse.expertise.fixtures.Backend;

/** The expert evaluation on a real Elasticsearch server, with the same cases as on Lucene. */
class ElasticsearchExpertEvaluationIT extends ExpertEvaluationContractTest {
  @Override
  protected Backend backend() {
    return Backend.ELASTICSEARCH;
  }
}
