package org.copse.index.elasticsearch.analysis;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.elasticsearch.common.regex.Regex;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;

/**
 * {@code pattern_replace} as analysis-common defines it ({@code pattern}, {@code replacement},
 * {@code flags}): Copse's template drops stop words with it, before the tokenizer, so that they
 * leave no position gaps (as the Lucene adapter's analysis does).
 */
final class PatternReplaceCharFilterFactory extends AbstractCharFilterFactory {
  private final Pattern pattern;
  private final String replacement;

  PatternReplaceCharFilterFactory(String name, Settings settings) {
    super(name);
    String regex = settings.get("pattern");
    if (regex == null || regex.isEmpty()) {
      throw new IllegalArgumentException("pattern_replace [" + name + "] needs a [pattern]");
    }
    this.pattern = Pattern.compile(regex, Regex.flagsFromString(settings.get("flags", "")));
    this.replacement = settings.get("replacement", "");
  }

  @Override
  public Reader create(Reader reader) {
    return new PatternReplaceCharFilter(pattern, replacement, reader);
  }
}
