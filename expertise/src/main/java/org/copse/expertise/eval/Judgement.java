package org.copse.expertise.eval;

/** Which answerers count as the right experts for a question. */
public enum Judgement {
  /** Only the accepted answerer. */
  STRICT,
  /** The accepted answerer and everyone whose answer scored above 0. */
  LENIENT
}
