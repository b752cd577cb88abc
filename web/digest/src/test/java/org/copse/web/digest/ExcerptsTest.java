package org.copse.web.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

  @Test
  void snippetMarkupAndEscapesBecomePlainText() {
    assertThat(Excerpts.fromSnippet("Use <mark>damp</mark> &amp; mould &lt;checks&gt; &quot;now&quot;"))
        .isEqualTo("Use damp & mould <checks> \"now\"");
  }

  @Test
  void longTextIsCutAtAWord() {
    String text = "word ".repeat(100);
    String excerpt = Excerpts.fromSnippet(text);
    assertThat(excerpt.length()).isLessThanOrEqualTo(Excerpts.MAX_LENGTH + 1);
    assertThat(excerpt).endsWith("word…");
  }
}
