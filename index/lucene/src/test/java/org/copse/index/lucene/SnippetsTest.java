package org.copse.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  private final Snippets snippets = new Snippets(new StandardAnalyzer(), 20, 1000);

  @Test
  void shortTextIsKeptWholeWithWhiteSpaceCollapsed() {
    assertThat(snippets.opening("  Gritting \n\t routes  ")).isEqualTo("Gritting routes");
  }

  @Test
  void longTextIsCutAtAWordAndMarkedAsCut() {
    assertThat(snippets.opening("Winter gritting routes\n\nfor rural parishes and market towns"))
        .isEqualTo("Winter gritting …");
  }

  @Test
  void aTextOfExactlyTheSnippetLengthIsNotMarkedAsCut() {
    assertThat(snippets.opening("12345678901234567890   ")).isEqualTo("12345678901234567890");
  }

  @Test
  void aWordLongerThanTheSnippetIsCutInside() {
    assertThat(snippets.opening("Supercalifragilisticexpialidocious plans"))
        .isEqualTo("Supercalifragilistic …");
  }

  @Test
  void openingIsEscaped() {
    assertThat(snippets.opening("<b>\"A&B\"</b>")).isEqualTo("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
  }
}
