package org.copse.bench.corpus;

import java.util.SplittableRandom;

/**
 * What contributions are about: each topic is a few hundred content words of the vocabulary (none of
 * the most frequent ones) with its own Zipf distribution, and a dozen of them serve as its tags.
 * Topics themselves are Zipf-popular.
 */
public final class Topics {

  /** Topics in the corpus. */
  public static final int COUNT = 200;
  /** Words per topic. */
  public static final int WORDS_PER_TOPIC = 400;
  /** The first words of each topic are used as its tags. */
  public static final int TAGS_PER_TOPIC = 12;
  /** Topic words are drawn from these vocabulary ranks: frequent enough to be real, not stop words. */
  static final int FIRST_TOPIC_RANK = 200;
  static final int LAST_TOPIC_RANK = 40_000;

  private final int[][] words;
  private final AliasSampler popularity;
  private final AliasSampler withinTopic;

  private Topics(int[][] words) {
    this.words = words;
    this.popularity = AliasSampler.zipf(COUNT, 0.8);
    this.withinTopic = AliasSampler.zipf(WORDS_PER_TOPIC, 1.0);
  }

  static Topics generate(Vocabulary vocabulary, SplittableRandom random) {
    int last = Math.min(LAST_TOPIC_RANK, vocabulary.realWords());
    int[][] words = new int[COUNT][WORDS_PER_TOPIC];
    for (int t = 0; t < COUNT; t++) {
      for (int w = 0; w < WORDS_PER_TOPIC; w++) {
        words[t][w] = FIRST_TOPIC_RANK + random.nextInt(last - FIRST_TOPIC_RANK);
      }
    }
    return new Topics(words);
  }

  /** A topic, popular ones more often. */
  int sampleTopic(SplittableRandom random) {
    return popularity.sample(random);
  }

  /** A word rank of a topic, its leading words more often. */
  int sampleWord(int topic, SplittableRandom random) {
    return words[topic][withinTopic.sample(random)];
  }

  /** The vocabulary rank of a topic's {@code index}-th word. */
  public int word(int topic, int index) {
    return words[topic][index];
  }

  /** The vocabulary rank of one of the topic's tags. */
  int tag(int topic, int index) {
    return words[topic][index % TAGS_PER_TOPIC];
  }
}
