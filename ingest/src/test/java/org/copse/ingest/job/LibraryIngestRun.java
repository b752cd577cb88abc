package org.copse.ingest.job;

import java.nio.file.Path;
import java.time.Duration;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.ingest.enrich.EnrichmentSettings;
import org.copse.ingest.extract.ExtractionLimits;
import org.copse.store.JdbcContributionStore;
import org.copse.store.JdbcDirectory;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a library ingest by hand, for measurements on real folders:
 * {@code LibraryIngestRun <home> <library> <enrich:true|false> [full:true|false]}. Not a test.
 */
public final class LibraryIngestRun {
  private static final Logger log = LoggerFactory.getLogger(LibraryIngestRun.class);

  private LibraryIngestRun() {}

  public static void main(String[] args) {
    Path home = Path.of(args[0]);
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + home.resolve("db/copse").toAbsolutePath());
    IngestSettings settings = IngestSettings.defaults()
        .withEnrichment(EnrichmentSettings.defaults().withEnabled(Boolean.parseBoolean(args[2])))
        .withExtraction(ExtractionLimits.defaults().withTimeout(Duration.ofSeconds(60)));
    try (LuceneSearchIndex index = LuceneSearchIndex.open(home.resolve("index"));
        IngestService service = new IngestService(dataSource, index, new JdbcContributionStore(dataSource),
            new JdbcDirectory(dataSource), new SourceCatalog(), settings, new IngestStatus())) {
      IngestRequest request = IngestRequest.of(SourceCatalog.LIBRARY, Path.of(args[1]), "library")
          .withOption(IngestOptions.FULL, args.length > 3 ? args[3] : "false");
      IngestReport report = service.run(request, p -> log.info("{}/{} items, {} items/s, ETA {}", p.processed(),
          p.total(), Math.round(p.itemsPerSecond()), p.eta()));
      report.skippedItems().forEach(s -> log.info("skipped {} {} {}", s.reason(), s.location(), s.detail()));
      report.failedItems().forEach(f -> log.info("failed {} {} {}", f.reason(), f.location(), f.detail()));
      log.info("index holds {} documents", index.stats().documents());
      log.info("{}", report.summary());
    }
  }
}
