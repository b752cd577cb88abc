package org.copse.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingCorrectorTest {

  @Test
  void replacesWholeWordsIgnoringCaseAndKeepsTheRest() {
    assertThat(SpellingCorrector.replaceWords("Medation \"panel\" -medationx", Map.of("medation", "mediation")))
        .isEqualTo("mediation \"panel\" -medationx");
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(SpellingCorrector.distance("medation", "mediation")).isEqualTo(1);
    assertThat(SpellingCorrector.distance("safegaurding", "safeguarding")).isEqualTo(2);
    assertThat(SpellingCorrector.distance("", "abc")).isEqualTo(3);
    assertThat(SpellingCorrector.distance("same", "same")).isZero();
  }
}
