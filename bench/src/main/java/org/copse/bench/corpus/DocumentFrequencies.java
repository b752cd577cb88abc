package org.copse.bench.corpus;

/** How common a word is in a built corpus, after analysis, for aiming queries at a frequency. */
@FunctionalInterface
public interface DocumentFrequencies {

  /**
   * The share (0 to 1) of contributions whose body contains the word, or a negative number when
   * analysis drops the word (a stop word).
   */
  double share(String word);
}
