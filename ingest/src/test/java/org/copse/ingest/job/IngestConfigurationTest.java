package org.copse.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.store.JdbcContributionStore;
import org.copse.store.JdbcDirectory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The configuration an application imports wires a working service from its beans and properties. */
class IngestConfigurationTest {
  @TempDir Path home;

  @Test
  void wiresTheServiceAndBindsTheProperties() {
    try (var context = new AnnotationConfigApplicationContext()) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
          "copse.ingest.chunk-size", "7",
          "copse.ingest.extraction.timeout", "5s",
          "copse.ingest.enrichment.enabled", "false",
          "copse.ingest.schedule.cron", "0 0 2 * * *",
          "copse.ingest.schedule.sources[0].type", "library",
          "copse.ingest.schedule.sources[0].path", home.toString(),
          "copse.ingest.schedule.sources[0].community", "general")));
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:file:" + home.resolve("db") + ";DB_CLOSE_DELAY=0");
      context.registerBean(DataSource.class, () -> dataSource);
      context.registerBean(SearchIndex.class, () -> LuceneSearchIndex.open(home.resolve("index")));
      context.registerBean(ContributionStore.class, () -> new JdbcContributionStore(dataSource));
      context.registerBean(Directory.class, () -> new JdbcDirectory(dataSource));
      context.registerBean(SourceRegistration.class, () -> new SourceRegistration("other", SlowLibrary::open));
      context.register(IngestConfiguration.class);
      context.refresh();

      IngestProperties properties = context.getBean(IngestProperties.class);
      assertThat(properties.chunkSize()).isEqualTo(7);
      assertThat(properties.threads()).isEqualTo(2);
      assertThat(properties.settings().extraction().timeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(properties.settings().enrichment().enabled()).isFalse();
      assertThat(properties.schedule().sources()).singleElement()
          .satisfies(s -> assertThat(s.request().communityId()).isEqualTo("general"));
      assertThat(context.getBean(SourceCatalog.class).types()).contains("library", "mediawiki", "stackexchange", "other");
      assertThat(context.getBean(IngestService.class).running()).isEmpty();
      context.getBean(SearchIndex.class).close();
    }
  }
}
