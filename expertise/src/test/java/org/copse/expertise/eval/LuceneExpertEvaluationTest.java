package org.copse.expertise.eval;

import org.copse.expertise.fixtures.Backend;

/** The expert evaluation on the embedded Lucene index. */
class LuceneExpertEvaluationTest extends ExpertEvaluationContractTest {
  @Override
  protected Backend backend() {
    return Backend.LUCENE;
  }
}
