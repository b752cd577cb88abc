package org.copse.web.digest;

import org.copse.expertise.fixtures.Backend;

/** Digest delivery over real SMTP on the embedded Lucene index. */
class LuceneDigestDeliveryIT extends DigestDeliveryContractIT {
  @Override
  protected Backend backend() {
    return Backend.LUCENE;
  }
}
