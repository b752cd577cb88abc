package org.copse.ingest.job;

import java.nio.file.Path;
import java.time.Duration;
import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.ingest.enrich.EnrichmentSettings;
import org.copse.ingest.extract.ExtractionLimits;
import org.copse.store.JdbcContributionStore;
import org.copse.store.JdbcDirectory;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A real ingest setup in a folder: an H2 file database, a Lucene index on disk, the JDBC store and
 * directory, and the service (enrichment off unless asked: CoreNLP has its own IT).
 */
final class IngestHarness implements AutoCloseable {
  final JdbcDataSource dataSource = new JdbcDataSource();
  final LuceneSearchIndex index;
  final ContributionStore store;
  final Directory directory;
  final IngestService service;

  IngestHarness(Path home, int chunkSize) {
    dataSource.setURL("jdbc:h2:file:" + home.resolve("db/copse").toAbsolutePath() + ";DB_CLOSE_DELAY=0");
    index = LuceneSearchIndex.open(home.resolve("index"));
    store = new JdbcContributionStore(dataSource);
    directory = new JdbcDirectory(dataSource);
    IngestSettings settings = IngestSettings.defaults()
        .withChunkSize(chunkSize)
        .withEnrichment(EnrichmentSettings.defaults().withEnabled(false))
        .withExtraction(ExtractionLimits.defaults().withWorkerHeapMb(256).withTimeout(Duration.ofSeconds(30)));
    service = new IngestService(dataSource, index, store, directory, new SourceCatalog()
        .register("slow-library", SlowLibrary::open), settings, new IngestStatus());
  }

  @Override
  public void close() {
    service.close();
    index.close();
  }
}
