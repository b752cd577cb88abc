package org.copse.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner(1_000);

  @Test
  void collapsesSpacesAndBlankLinesAndTrimsLines() {
    assertThat(cleaner.clean("  Title  \r\n\r\n\r\n\r\n  first\t\t line   \n\n\n\nsecond\u00A0\u00A0line  "))
        .isEqualTo("Title\n\nfirst line\n\nsecond line");
  }

  @Test
  void removesControlCharactersAndNormalisesToNfc() {
    assertThat(cleaner.clean("cafe\u0301\u0000 \u0007bell\uFFFD")).isEqualTo("caf\u00E9 bell");
  }

  @Test
  void cutsToTheMaximumWithoutSplittingASurrogatePair() {
    String text = "a".repeat(9) + "\uD83D\uDE00" + "b";

    assertThat(new TextCleaner(10).clean(text)).isEqualTo("a".repeat(9));
  }
}
