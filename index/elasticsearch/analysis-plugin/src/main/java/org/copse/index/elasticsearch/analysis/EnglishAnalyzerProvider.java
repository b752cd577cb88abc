package org.copse.index.elasticsearch.analysis;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;

/** The {@code english} analyzer: Lucene's EnglishAnalyzer with its default stop words. */
final class EnglishAnalyzerProvider extends AbstractIndexAnalyzerProvider<EnglishAnalyzer> {
  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

  EnglishAnalyzerProvider(String name, Settings settings) {
    super(name, settings);
  }

  @Override
  public EnglishAnalyzer get() {
    return analyzer;
  }
}
