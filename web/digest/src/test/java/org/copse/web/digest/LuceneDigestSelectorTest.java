package org.copse.web.digest;

import org.copse.expertise.fixtures.Backend;

/** Digest selection on the embedded Lucene index. */
class LuceneDigestSelectorTest extends DigestSelectorContractTest {
  @Override
  protected Backend backend() {
    return Backend.LUCENE;
  }
}
