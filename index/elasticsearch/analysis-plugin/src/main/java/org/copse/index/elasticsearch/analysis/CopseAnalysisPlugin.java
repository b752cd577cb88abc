package org.copse.index.elasticsearch.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/** Registers the analysis components under the names analysis-common gives them. */
public class CopseAnalysisPlugin extends Plugin implements AnalysisPlugin {

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "stemmer", (indexSettings, env, name, settings) -> StemmerFilterFactory.of(name, settings),
        "porter_stem", (indexSettings, env, name, settings) ->
            new SimpleFilterFactory(name, settings, PorterStemFilter::new),
        "asciifolding", (indexSettings, env, name, settings) -> new AsciiFoldingFilterFactory(name, settings),
        "keyword_marker", (indexSettings, env, name, settings) -> new KeywordMarkerFilterFactory(name, settings),
        "synonym_graph", AnalysisPlugin.requiresAnalysisSettings((indexSettings, env, name, settings) ->
            new SynonymFilterFactory(name, settings, false)),
        "synonym", AnalysisPlugin.requiresAnalysisSettings((indexSettings, env, name, settings) ->
            new SynonymFilterFactory(name, settings, true)));
  }

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    return Map.of("pattern_replace", AnalysisPlugin.requiresAnalysisSettings((indexSettings, env, name, settings) ->
        new PatternReplaceCharFilterFactory(name, settings)));
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of("english", (indexSettings, env, name, settings) -> new EnglishAnalyzerProvider(name, settings));
  }
}
