package org.copse.index.elasticsearch.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** A filter with no settings of its own. */
final class SimpleFilterFactory extends AbstractTokenFilterFactory {
  private final UnaryOperator<TokenStream> filter;

  SimpleFilterFactory(String name, Settings settings, UnaryOperator<TokenStream> filter) {
    super(name, settings);
    this.filter = filter;
  }

  @Override
  public TokenStream create(TokenStream input) {
    return filter.apply(input);
  }
}
