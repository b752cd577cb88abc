package org.copse.web.digest;

import org.copse.expertise.fixtures.Backend;

/** Good-practice marks and facilitators' summaries in the digest on the embedded Lucene index. */
class LuceneGoodPracticeDigestTest extends GoodPracticeDigestContractTest {
  @Override
  protected Backend backend() {
    return Backend.LUCENE;
  }
}
