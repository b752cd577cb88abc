package org.copse.index.elasticsearch.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** {@code keyword_marker} with an inline {@code keywords} list: words later stemmers leave alone. */
final class KeywordMarkerFilterFactory extends AbstractTokenFilterFactory {
  private final CharArraySet keywords;

  KeywordMarkerFilterFactory(String name, Settings settings) {
    super(name, settings);
    if (settings.get("keywords_path") != null || settings.get("keywords_pattern") != null) {
      throw new IllegalArgumentException("keyword_marker [" + name
          + "]: the copse-analysis test plugin reads only an inline [keywords] list");
    }
    List<String> words = settings.getAsList("keywords", List.of());
    this.keywords = CharArraySet.unmodifiableSet(new CharArraySet(words, settings.getAsBoolean("ignore_case", false)));
  }

  @Override
  public TokenStream create(TokenStream input) {
    return keywords.isEmpty() ? input : new SetKeywordMarkerFilter(input, keywords);
  }
}
