package org.copse.ingest.source.mediawiki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WikitextCleanerTest {
  @Test
  void removesNestedTemplatesAndTables() {
    assertThat(WikitextCleaner.toText("a {{x|{{y|z}}|w}} b {| t\n{| inner\n|}\n|} c")).isEqualTo("a  b  c");
  }

  @Test
  void keepsLinkLabelsAndDropsFilesCategoriesAndLanguageLinks() {
    assertThat(WikitextCleaner.toText("[[Page]] [[Page|label]] [[Page#Part]] [[m:Meta|meta label]] [[fr:Page]] "
        + "[[File:a.jpg|thumb|cap [[x]]]] [[Category:C]]")).isEqualTo("Page label Page meta label");
  }

  @Test
  void removesReferencesCommentsAndEmphasis() {
    assertThat(WikitextCleaner.toText("'''Bold''' ''it''<ref>cite</ref><ref name=\"a\" /><!-- no -->&amp; &nbsp;x"))
        .isEqualTo("Bold it& \u00a0x");
  }

  @Test
  void survivesUnbalancedMarkup() {
    assertThat(WikitextCleaner.toText("text {{open template [[unclosed link")).isEqualTo("text");
    assertThat(WikitextCleaner.toText("}} ]] text")).isEqualTo("}} ]] text");
  }

  @Test
  void recognisesRedirects() {
    assertThat(WikitextCleaner.isRedirect("#REDIRECT [[Target]]")).isTrue();
    assertThat(WikitextCleaner.isRedirect("#redirect[[Target]]")).isTrue();
    assertThat(WikitextCleaner.isRedirect("A page about #REDIRECT")).isFalse();
  }
}
