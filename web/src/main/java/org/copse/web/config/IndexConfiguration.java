package org.copse.web.config;

import org.copse.index.SearchIndex;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the index adapter: {@code copse.index.backend=lucene} (the default: an embedded index
 * under the data directory) or {@code elasticsearch}, reached with {@code copse.index.elasticsearch.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
class IndexConfiguration {

  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(CopseProperties properties, ElasticsearchProperties elasticsearch) {
    return IndexBackends.open(properties.index().backend(), properties.luceneDirectory(), elasticsearch);
  }
}
