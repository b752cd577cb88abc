package org.copse.web.experts;

import java.util.Locale;
import javax.sql.DataSource;
import org.copse.expertise.graph.GraphSettings;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.index.ContributionStore;
import org.copse.index.SearchIndex;
import org.copse.store.JdbcSnapshots;
import org.copse.web.config.CopseProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The expertise graph and the expert finder. The graph is kept where {@code copse.expertise.graph-store}
 * says: {@code file} ({@code expertise/graph.bin} under the data directory, the embedded default) or
 * {@code database} (a snapshot that several application instances share).
 */
@Configuration(proxyBeanMethods = false)
class ExpertiseConfiguration {

  /** Reads the store when created, so only after its migrations have run. */
  @Bean
  @DependsOnDatabaseInitialization
  ExpertiseGraphs expertiseGraphs(ContributionStore store, CopseProperties properties, DataSource dataSource,
      @Value("${copse.expertise.graph-store:file}") String graphStore) {
    ExpertiseGraphs.Storage storage = switch (graphStore.strip().toLowerCase(Locale.ROOT)) {
      case "file" -> ExpertiseGraphs.Storage.file(properties.dataDir().resolve("expertise").resolve("graph.bin"));
      case "database" -> ExpertiseGraphs.Storage.database(new JdbcSnapshots(dataSource));
      default -> throw new IllegalStateException(
          "copse.expertise.graph-store must be 'file' or 'database', not '" + graphStore + "'");
    };
    return new ExpertiseGraphs(store, storage, GraphSettings.defaults());
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
