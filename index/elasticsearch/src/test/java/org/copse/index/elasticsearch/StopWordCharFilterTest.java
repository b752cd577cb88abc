package org.copse.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The template's {@code copse_drop_stop_words} char filter, run through Lucene's own classes in the
 * order Elasticsearch runs them, removes exactly the words the Lucene adapter drops (tokenizer,
 * possessive, lower case, English stop words) and leaves no position gap. Was: "stop words leave
 * position gaps in ES so phrase edge cases differ from Lucene" (issue #5).
 */
class StopWordCharFilterTest {
  private static final Logger log = LoggerFactory.getLogger(StopWordCharFilterTest.class);
  private static final long SEED = 5_2026L;

  private final Pattern pattern = templatePattern();
  /** The Elasticsearch chain of {@code copse_english} up to the stemmer. */
  private final Analyzer elasticsearch = new EnglishWords(pattern);
  /** The words the Lucene adapter keeps (it drops stop words without gaps; the terms are what count). */
  private final Analyzer lucene = new EnglishWords(null);

  /** Tokenizer, possessive, lower case and stop words, after the char filter if there is one. */
  private static final class EnglishWords extends Analyzer {
    private final @Nullable Pattern dropStopWords;

    EnglishWords(@Nullable Pattern dropStopWords) {
      this.dropStopWords = dropStopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new StopFilter(
          new LowerCaseFilter(new EnglishPossessiveFilter(source)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return dropStopWords == null ? reader : new PatternReplaceCharFilter(dropStopWords, "", reader);
    }
  }

  private static Pattern templatePattern() {
    JsonNode template = JsonMapper.builder().build()
        .readTree(IndexLayout.templateJson(ElasticsearchSettings.of("http://localhost:9200")));
    JsonNode filter = template.get("template").get("settings").get("analysis").get("char_filter")
        .get("copse_drop_stop_words");
    assertThat(filter.get("type").asString()).isEqualTo("pattern_replace");
    assertThat(filter.get("flags").asString()).isEqualTo("CASE_INSENSITIVE");
    return Pattern.compile(filter.get("pattern").asString(), Pattern.CASE_INSENSITIVE);
  }

  private record Tokens(List<String> terms, List<Integer> increments) {}

  private static Tokens analyse(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    List<Integer> increments = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
        increments.add(increment.getPositionIncrement());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tokens(terms, increments);
  }

  private void assertSameWordsWithoutGaps(String text) {
    Tokens es = analyse(elasticsearch, text);
    assertThat(es.terms()).as("words of [%s]", text).isEqualTo(analyse(lucene, text).terms());
    assertThat(es.increments()).as("position increments of [%s]", text).allMatch(i -> i == 1);
  }

  @Test
  void stopWordsGoWithoutAGapAndEverythingElseStays() {
    assertThat(analyse(elasticsearch, "freedom of information").terms()).containsExactly("freedom", "information");
    for (String text : List.of("freedom of information", "The Council's repairs were INSPECTED",
        "It's the council's duty", "it’s THE council’s duty", "discharge to assess", "a.m. and p.m. rotas",
        "U.S.A. is here", "in-house and out-of-hours", "Into the breach", "no-one isn't theirs",
        "there's a THEN", "to_be or not", "a1 b2 an3", "café in the square", "naïve and so on",
        "Either/or: this, that", "e.g. the depot", "10.30 at the depot", "o'the it's its", "and/or AND-OR",
        "ANDROID thé tos", "the.end a:b on:off", "(the) [a] {an} \"it\"", "x'the the'x", "IT'S", "As-is")) {
      assertSameWordsWithoutGaps(text);
    }
  }

  @Test
  void randomMixesOfStopWordsOtherWordsAndPunctuationAgree() {
    log.info("random texts, seed {}", SEED);
    Random random = new Random(SEED);
    String[] words = {"the", "The", "a", "an", "AND", "it", "its", "it's", "is", "into", "in", "to", "of", "no",
        "not", "there", "their", "theirs", "council", "repair", "x", "s", "12", "café", "Ω", "damp", "o"};
    String[] joins = {" ", " ", " ", ".", ",", "-", "'", "’", ":", "/", "_", "(", ")", "", "  ", "'s ", ". "};
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int i = 0; i < length; i++) {
        text.append(words[random.nextInt(words.length)]).append(joins[random.nextInt(joins.length)]);
      }
      assertSameWordsWithoutGaps(text.toString());
    }
  }
}
