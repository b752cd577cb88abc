package org.copse.web.digest;

import org.copse.expertise.fixtures.Backend;

/** Digest delivery over real SMTP on a real Elasticsearch server, with the same cases as on Lucene. */
class ElasticsearchDigestDeliveryIT extends DigestDeliveryContractIT {
  @Override
  protected Backend backend() {
    return Backend.ELASTICSEARCH;
  }
}
