package org.copse.index.elasticsearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

/**
 * {@code synonym_graph} (and the flattened {@code synonym}) from inline Solr-format rules in the
 * {@code synonyms} setting. As in analysis-common, the rules are analysed by the part of the chain
 * before this filter, so they match the tokens that reach it. Rules are only read inline: the index
 * settings carry them, so no node needs a file in its config directory.
 */
final class SynonymFilterFactory extends AbstractTokenFilterFactory {
  private final List<String> rules;
  private final boolean expand;
  private final boolean flatten;

  SynonymFilterFactory(String name, Settings settings, boolean flatten) {
    super(name, settings);
    if (settings.get("synonyms_path") != null || settings.get("synonyms_set") != null) {
      throw new IllegalArgumentException("synonym filter [" + name
          + "]: the copse-analysis test plugin reads only inline [synonyms]");
    }
    this.rules = settings.getAsList("synonyms", List.of());
    this.expand = settings.getAsBoolean("expand", true);
    this.flatten = flatten;
  }

  @Override
  public TokenStream create(TokenStream input) {
    throw new IllegalStateException("synonym filter [" + name() + "] must be specialised for its analysis chain first");
  }

  @Override
  public TokenFilterFactory getChainAwareTokenFilterFactory(IndexCreationContext context, TokenizerFactory tokenizer,
      List<CharFilterFactory> charFilters, List<TokenFilterFactory> previousTokenFilters,
      Function<String, TokenFilterFactory> allFilters) {
    TokenFilterFactory[] previous = previousTokenFilters.stream()
        .map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new);
    try (Analyzer ruleAnalyzer = new CustomAnalyzer(tokenizer, charFilters.toArray(new CharFilterFactory[0]), previous)) {
      SynonymMap map = parse(ruleAnalyzer);
      String name = name();
      return new TokenFilterFactory() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public TokenStream create(TokenStream input) {
          if (map.fst == null) {
            return input;
          }
          TokenStream synonyms = new SynonymGraphFilter(input, map, false);
          return flatten ? new FlattenGraphFilter(synonyms) : synonyms;
        }

        @Override
        public TokenFilterFactory getSynonymFilter() {
          return IDENTITY_FILTER;
        }
      };
    }
  }

  private SynonymMap parse(Analyzer ruleAnalyzer) {
    SolrSynonymParser parser = new SolrSynonymParser(true, expand, ruleAnalyzer);
    try {
      parser.parse(new StringReader(String.join("\n", rules)));
      return parser.build();
    } catch (ParseException e) {
      throw new IllegalArgumentException("synonym filter [" + name() + "]: bad rule near line "
          + e.getErrorOffset() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("synonym filter [" + name() + "]: cannot read the rules", e);
    }
  }
}
