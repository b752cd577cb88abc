package org.copse.index.elasticsearch.analysis;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The {@code stemmer} filter for the English {@code language} values, mapped to the same Lucene
 * filters as analysis-common's StemmerTokenFilterFactory ({@code english} and {@code porter} are
 * Porter, as in Lucene's EnglishAnalyzer).
 */
final class StemmerFilterFactory {
  private StemmerFilterFactory() {}

  static SimpleFilterFactory of(String name, Settings settings) {
    String language = settings.get("language", settings.get("name", "english")).toLowerCase(Locale.ROOT);
    UnaryOperator<TokenStream> filter = switch (language) {
      case "english", "porter" -> PorterStemFilter::new;
      case "porter2" -> in -> new SnowballFilter(in, new EnglishStemmer());
      case "light_english", "kstem" -> KStemFilter::new;
      case "minimal_english" -> EnglishMinimalStemFilter::new;
      case "possessive_english" -> EnglishPossessiveFilter::new;
      default -> throw new IllegalArgumentException("stemmer [" + name + "]: language [" + language
          + "] is not provided by the copse-analysis test plugin; use english, porter, porter2,"
          + " light_english, kstem, minimal_english or possessive_english");
    };
    return new SimpleFilterFactory(name, settings, filter);
  }
}
