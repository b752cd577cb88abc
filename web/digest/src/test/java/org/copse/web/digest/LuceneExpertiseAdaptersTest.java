package org.copse.web.digest;

import org.copse.expertise.fixtures.Backend;

/** The digest on the expertise graph on the embedded Lucene index. */
class LuceneExpertiseAdaptersTest extends ExpertiseAdaptersContractTest {
  @Override
  protected Backend backend() {
    return Backend.LUCENE;
  }
}
