package org.copse.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void realWordsComeFirstAndEveryWordIsDistinct() {
    Vocabulary vocabulary = Vocabulary.load(Vocabulary.DEFAULT_SIZE);
    assertThat(vocabulary.realWords()).isEqualTo(50_000);
    assertThat(vocabulary.word(0)).isEqualTo("the");
    Set<String> words = new HashSet<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      words.add(vocabulary.word(i));
    }
    assertThat(words).hasSize(Vocabulary.DEFAULT_SIZE);
  }

  @Test
  void zipfSamplingFavoursLowRanksInProportion() {
    long seed = 11;
    AliasSampler zipf = AliasSampler.zipf(1_000, 1.0);
    SplittableRandom random = new SplittableRandom(seed);
    int[] counts = new int[1_000];
    for (int i = 0; i < 200_000; i++) {
      counts[zipf.sample(random)]++;
    }
    // rank 1 is drawn twice as often as rank 2 and ten times as often as rank 10
    assertThat(counts[0] / (double) counts[1]).as("seed %d", seed).isBetween(1.8, 2.2);
    assertThat(counts[0] / (double) counts[9]).as("seed %d", seed).isBetween(8.5, 11.5);
  }
}
