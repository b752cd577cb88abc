package org.copse.bench.corpus;

import java.util.SplittableRandom;

/**
 * The fixed parts of a seeded corpus: its vocabulary, topics, communities and authors. The
 * contributions ({@link CorpusGenerator}) and queries ({@link QueryGenerator}) are drawn from it.
 *
 * @param seed the seed everything was drawn with
 * @param vocabulary the words by Zipf rank
 * @param topics what contributions are about
 * @param population communities and authors
 */
public record CorpusModel(long seed, Vocabulary vocabulary, Topics topics, Population population) {

  /** The same seed always gives the same model. */
  public static CorpusModel create(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Vocabulary vocabulary = Vocabulary.load(Vocabulary.DEFAULT_SIZE);
    Topics topics = Topics.generate(vocabulary, random.split());
    Population population = Population.generate(random.split());
    return new CorpusModel(seed, vocabulary, topics, population);
  }
}
