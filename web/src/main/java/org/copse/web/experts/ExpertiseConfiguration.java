package org.copse.web.experts;

import javax.sql.DataSource;
import org.copse.expertise.graph.GraphSettings;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.index.ContributionStore;
import org.copse.index.SearchIndex;
import org.copse.web.config.CopseProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The expertise graph (file {@code expertise/graph.bin} under the data directory) and the expert finder. */
@Configuration(proxyBeanMethods = false)
class ExpertiseConfiguration {

  /** Reads the store when created, so only after its migrations have run. */
  @Bean
  @DependsOnDatabaseInitialization
  ExpertiseGraphs expertiseGraphs(ContributionStore store, CopseProperties properties) {
    return new ExpertiseGraphs(store, properties.dataDir().resolve("expertise").resolve("graph.bin"),
        GraphSettings.defaults());
  }

  @Bean
  JdbcExpertPreferences expertPreferences(DataSource dataSource) {
    return new JdbcExpertPreferences(dataSource);
  }

  @Bean
  ExpertFinder expertFinder(SearchIndex index, ExpertiseGraphs graphs, JdbcExpertPreferences preferences) {
    return new ExpertFinder(index, graphs.graph(), preferences);
  }
}
