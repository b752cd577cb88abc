package org.copse.expertise.rank;

import org.copse.expertise.fixtures.Backend;

/** Expert finding on the embedded Lucene index. */
class LuceneExpertFinderTest extends ExpertFinderContractTest {
  @Override
  protected Backend backend() {
    return Backend.LUCENE;
  }
}
