package org.copse.web.digest.eval;

import org.copse.expertise.fixtures.Backend;

/** The digest evaluation on the embedded Lucene index. */
class LuceneDigestEvaluationTest extends DigestEvaluationContractTest {
  @Override
  protected Backend backend() {
    return Backend.LUCENE;
  }
}
