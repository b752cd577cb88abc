package org.copse.web.digest;

import org.copse.expertise.fixtures.Backend;

/** Digest selection on a real Elasticsearch server, with the same cases as on Lucene. */
class ElasticsearchDigestSelectorIT extends DigestSelectorContractTest {
  @Override
  protected Backend backend() {
    return Backend.ELASTICSEARCH;
  }
}
