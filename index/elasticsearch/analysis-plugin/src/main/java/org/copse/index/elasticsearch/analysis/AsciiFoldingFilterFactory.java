package org.copse.index.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/** {@code asciifolding}, with {@code preserve_original}; usable in normalizers too. */
final class AsciiFoldingFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
  private final boolean preserveOriginal;

  AsciiFoldingFilterFactory(String name, Settings settings) {
    super(name, settings);
    this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ASCIIFoldingFilter(input, preserveOriginal);
  }
}
