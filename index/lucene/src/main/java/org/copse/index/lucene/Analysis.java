package org.copse.index.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * The analysers, built once per index: English text (standard tokenizer, possessive, lower case,
 * stop words dropped without gaps, protected words, Porter stemming) for indexing; the same with
 * UK public-sector synonyms before stemming for query words; and plain lower-cased words for
 * spelling and suggestions.
 */
final class Analysis {

  /** The built-in synonyms (Solr format), from {@code config/analysis/synonyms.txt}. */
  static final String DEFAULT_SYNONYMS = "analysis/synonyms.txt";
  /** The built-in list of words the stemmer leaves alone. */
  static final String DEFAULT_PROTECTED_WORDS = "analysis/protected-words.txt";

  /** Positions between the values of a multi-valued field (title, body, each tag...). */
  static final int VALUE_GAP = 100;
  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private final CharArraySet protectedWords;
  private final SynonymMap synonyms;
  private final Analyzer index;
  private final Analyzer query;
  private final Analyzer words;
  private final Analyzer indexing;

  Analysis(@Nullable Path synonymsFile, @Nullable Path protectedWordsFile) {
    this.protectedWords = readProtectedWords(protectedWordsFile);
    this.synonyms = readSynonyms(synonymsFile);
    this.index = new EnglishText(null);
    this.query = new EnglishText(synonyms);
    this.words = new PlainWords();
    this.indexing = new PerFieldAnalyzerWrapper(index, Map.of(Fields.SPELLING, words));
  }

  /** Index-time English analysis; also what phrases, the highlighter and similar items use. */
  Analyzer index() {
    return index;
  }

  /** What the index writer uses: English text, except plain words for the spelling field. */
  Analyzer indexing() {
    return indexing;
  }

  /** Query-time English analysis with synonyms. */
  Analyzer query() {
    return query;
  }

  /** Lower-cased unstemmed words, for spelling. */
  Analyzer words() {
    return words;
  }

  /** How many synonym entries were loaded, for the log. */
  int synonymWords() {
    return synonyms.words.size();
  }

  private final class EnglishText extends Analyzer {
    private final @Nullable SynonymMap synonymMap;

    EnglishText(@Nullable SynonymMap synonymMap) {
      this.synonymMap = synonymMap;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new DroppingStopFilter(lowerCaseWords(source), STOP_WORDS);
      if (synonymMap != null && synonymMap.fst != null) {
        stream = new SynonymGraphFilter(stream, synonymMap, true);
      }
      if (!protectedWords.isEmpty()) {
        stream = new SetKeywordMarkerFilter(stream, protectedWords);
      }
      return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }

    /** Keeps phrases from matching across the end of one value and the start of the next. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
      return VALUE_GAP;
    }
  }

  private static final class PlainWords extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, lowerCaseWords(source));
    }
  }

  /** What synonym rules are parsed with: the query chain up to the synonym filter. */
  private static final class RuleWords extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new DroppingStopFilter(lowerCaseWords(source), STOP_WORDS));
    }
  }

  private static TokenStream lowerCaseWords(Tokenizer source) {
    return new LowerCaseFilter(new EnglishPossessiveFilter(source));
  }

  private static SynonymMap readSynonyms(@Nullable Path file) {
    String origin = file == null ? "classpath:" + DEFAULT_SYNONYMS : file.toString();
    try (Reader reader = open(file, DEFAULT_SYNONYMS); Analyzer rules = new RuleWords()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, rules);
      parser.parse(reader);
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read synonyms from " + origin, e);
    } catch (ParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("bad synonyms in " + origin + ": " + e.getMessage(), e);
    }
  }

  private static CharArraySet readProtectedWords(@Nullable Path file) {
    String origin = file == null ? "classpath:" + DEFAULT_PROTECTED_WORDS : file.toString();
    try (Reader reader = open(file, DEFAULT_PROTECTED_WORDS)) {
      List<String> lines = new java.io.BufferedReader(reader).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .toList();
      return CharArraySet.unmodifiableSet(new CharArraySet(lines, false));
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("cannot read protected words from " + origin,
          e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
    }
  }

  private static Reader open(@Nullable Path file, String resource) throws IOException {
    if (file != null) {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    InputStream in = Analysis.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("resource " + resource + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
