package org.copse.ingest.source.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void keepsParagraphsAndCodeBlocksAndDropsScripts() {
    assertThat(HtmlText.toText("<p>One  <b>two</b></p><p>Three</p><pre><code>a = 1\n  b = 2\n</code></pre><script>x()</script>"))
        .isEqualTo("One two\n\nThree\n\na = 1\n  b = 2");
  }

  @Test
  void turnsListsIntoLinesAndDecodesEntities() {
    assertThat(HtmlText.toText("<ul><li>a &amp; b</li><li>c</li></ul>")).isEqualTo("a & b\n\nc");
  }

  @Test
  void blankInputIsEmpty() {
    assertThat(HtmlText.toText("  ")).isEmpty();
  }
}
