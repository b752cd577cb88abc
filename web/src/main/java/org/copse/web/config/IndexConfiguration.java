package org.copse.web.config;

import org.copse.index.SearchIndex;
import org.copse.index.lucene.LuceneSearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the index adapter: {@code copse.index.backend=lucene} (the default: an embedded index
 * under the data directory) or {@code elasticsearch}. This is the one place that names an adapter.
 */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {
  private static final Logger log = LoggerFactory.getLogger(IndexConfiguration.class);

  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(CopseProperties properties) {
    return switch (properties.index().backend()) {
      case LUCENE -> {
        log.info("search index: embedded Lucene in {}", properties.luceneDirectory());
        yield LuceneSearchIndex.open(properties.luceneDirectory());
      }
      case ELASTICSEARCH -> throw new IllegalStateException(
          "copse.index.backend=elasticsearch is not available in this build yet: its adapter is not wired."
              + " Use copse.index.backend=lucene (the default).");
    };
  }
}
