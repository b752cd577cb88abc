package org.copse.web.digest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderTextTest {

  @Test
  void lineBreaksCannotStartANewHeader() {
    assertThat(HeaderText.clean("Damp\r\nBcc: victim@example.org\nX-Evil: 1")).isEqualTo("Damp Bcc: victim@example.org X-Evil: 1");
    assertThat(HeaderText.clean("a\u2028b\u0000c\td")).isEqualTo("a b c d");
  }

  @Test
  void longTextIsShortenedWithoutSplittingASurrogatePair() {
    String cleaned = HeaderText.clean("é".repeat(148) + "😀😀😀");
    assertThat(cleaned.length()).isLessThanOrEqualTo(HeaderText.MAX_LENGTH);
    assertThat(cleaned).endsWith("…");
    assertThat(cleaned.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp))).isTrue();
  }
}
