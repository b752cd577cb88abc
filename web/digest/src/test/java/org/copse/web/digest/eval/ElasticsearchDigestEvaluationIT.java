package org.copse.web.digest.eval;

import org.copse.expertise.fixtures.Backend;

/** The digest evaluation on a real Elasticsearch server, with the same cases as on Lucene. */
class ElasticsearchDigestEvaluationIT extends DigestEvaluationContractTest {
  @Override
  protected Backend backend() {
    return Backend.ELASTICSEARCH;
  }
}
