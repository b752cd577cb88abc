package org.copse.web.digest;

import org.copse.expertise.fixtures.Backend;

/** The digest on the expertise graph on a real Elasticsearch server, with the same cases as on Lucene. */
class ElasticsearchExpertiseAdaptersIT extends ExpertiseAdaptersContractTest {
  @Override
  protected Backend backend() {
    return Backend.ELASTICSEARCH;
  }
}
