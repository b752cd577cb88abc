package org.copse.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.SearchRequest;
import org.copse.index.query.UserQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {

  private final Analysis analysis = new Analysis(null, null);

  @TempDir
  Path dir;

  @Test
  void indexTextIsLowerCasedStemmedAndFreeOfStopWordsAndPossessives() throws IOException {
    assertThat(terms(analysis.index(), "The Council's repairs were INSPECTED"))
        .containsExactly("council", "repair", "were", "inspect");
  }

  @Test
  void stopWordsLeaveNoGapSoPhrasesMatchWithOrWithoutThem() throws IOException {
    assertThat(increments(analysis.index(), "freedom of information")).containsExactly(1, 1);
    assertThat(terms(analysis.index(), "freedom of information")).containsExactly("freedom", "inform");
  }

  @Test
  void protectedWordsAreNotStemmed() throws IOException {
    assertThat(terms(analysis.index(), "news universal")).containsExactly("news", "universal");
    assertThat(terms(analysis.index(), "university")).containsExactly("univers");
  }

  @Test
  void queryWordsExpandToTheirSynonymsBothWays() throws IOException {
    assertThat(terms(analysis.query(), "ASB")).contains("asb", "anti", "social", "behaviour");
    assertThat(terms(analysis.query(), "anti-social behaviour")).contains("asb");
    assertThat(terms(analysis.query(), "freedom of information")).contains("foi");
    assertThat(terms(analysis.query(), "EHCP")).contains("educ", "health", "care", "plan");
    assertThat(terms(analysis.index(), "ASB")).containsExactly("asb");
  }

  @Test
  void theBuiltInSynonymListIsSubstantial() {
    assertThat(analysis.synonymWords()).isGreaterThan(100);
  }

  @Test
  void spellingWordsAreLowerCasedButNotStemmed() throws IOException {
    assertThat(terms(analysis.words(), "Mediation councils")).containsExactly("mediation", "councils");
  }

  @Test
  void aSynonymsFileReplacesTheBuiltInList() throws IOException {
    Path synonyms = Files.writeString(dir.resolve("synonyms.txt"), "gritting, salting\n");
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("index"),
        LuceneSettings.defaults().withSynonymsFile(synonyms))) {
      index.index(List.of(
          Contribution.builder("a", ContributionKind.BLOG_POST, "highways").title("Salting the roads").build(),
          Contribution.builder("b", ContributionKind.BLOG_POST, "highways").title("Anti-social behaviour").build()));
      AccessScope viewer = AccessScope.of("v", "highways");
      assertThat(index.search(SearchRequest.of(UserQuery.parse("gritting"), viewer)).totalHits()).isEqualTo(1);
      assertThat(index.search(SearchRequest.of(UserQuery.parse("asb"), viewer)).totalHits()).isZero();
    }
  }

  @Test
  void aMalformedOrMissingSynonymsFileIsRefusedWithItsName() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.txt"), "asb => \n");
    assertThatThrownBy(() -> new Analysis(bad, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.txt");
    assertThatThrownBy(() -> LuceneSettings.defaults().withSynonymsFile(dir.resolve("missing.txt")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.txt");
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> LuceneSettings.defaults().withRamBufferMb(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RAM buffer");
    assertThat(LuceneSettings.defaults().titleBoost()).isEqualTo(LuceneSettings.DEFAULT_TITLE_BOOST);
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.ALL, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }

  private static List<Integer> increments(Analyzer analyzer, String text) throws IOException {
    List<Integer> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.ALL, text)) {
      PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(inc.getPositionIncrement());
      }
      stream.end();
    }
    return out;
  }
}
