package org.copse.ingest.job;

import java.util.List;
import javax.sql.DataSource;
import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ingest for an application to import: needs a {@link DataSource} (the store's database: H2 or
 * PostgreSQL), a {@link SearchIndex}, a {@link ContributionStore} and a {@link Directory}; gives an
 * {@link IngestService}, an {@link IngestStatus} for a status page and, when
 * {@code copse.ingest.schedule.cron} is set, scheduled re-ingest. Source readers other than the
 * library are added as {@link SourceRegistration} beans. The Spring Batch job repository and
 * transaction manager stay inside the service, so they never collide with the application's own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
public class IngestConfiguration {

  @Bean
  IngestStatus ingestStatus() {
    return new IngestStatus();
  }

  @Bean
  SourceCatalog sourceCatalog(List<SourceRegistration> registrations) {
    SourceCatalog catalog = new SourceCatalog();
    registrations.forEach(r -> catalog.register(r.type(), r.factory()));
    return catalog;
  }

  @Bean(destroyMethod = "close")
  IngestService ingestService(DataSource dataSource, SearchIndex index, ContributionStore store, Directory directory,
      SourceCatalog catalog, IngestProperties properties, IngestStatus status) {
    return new IngestService(dataSource, index, store, directory, catalog, properties.settings(), status);
  }

  @Bean
  ScheduledIngest scheduledIngest(IngestService service, IngestProperties properties) {
    return new ScheduledIngest(service, properties.schedule());
  }
}
