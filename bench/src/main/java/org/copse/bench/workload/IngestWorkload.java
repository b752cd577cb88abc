package org.copse.bench.workload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.copse.bench.harness.H2Database;
import org.copse.bench.harness.LoadMonitor;
import org.copse.bench.harness.Result;
import org.copse.bench.ingest.GeneratedInputs;
import org.copse.bench.ingest.IngestInput;
import org.copse.index.Community;
import org.copse.index.Visibility;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.ingest.enrich.EnrichmentSettings;
import org.copse.ingest.extract.ExtractionLimits;
import org.copse.ingest.job.IngestReport;
import org.copse.ingest.job.IngestRequest;
import org.copse.ingest.job.IngestService;
import org.copse.ingest.job.IngestSettings;
import org.copse.ingest.job.IngestStatus;
import org.copse.ingest.job.SourceCatalog;
import org.copse.ingest.job.StageStats;
import org.copse.store.JdbcContributionStore;
import org.copse.store.JdbcDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest end to end through the real pipeline ({@link IngestService}: the Spring Batch job, source
 * readers, Tika in worker JVMs, CoreNLP enrichment, the JDBC store and a Copse Lucene index, all on
 * disk in a fresh folder per source): the real inputs under {@code --data} when present, else small
 * generated ones (see {@link GeneratedInputs}); with {@code --ingest-items} generated ones of that
 * many items, to see how ingest grows (the corpus must hold enough contributions to write them).
 * Each source is ingested once, from empty, with the default ingest settings (2 threads, 2
 * extraction workers). Reports items read, documents per second end to end (items read over the
 * run's wall time) and per stage (documents over the time spent in the stage summed over threads,
 * so one thread's rate); the run's own report goes into the facts.
 */
public final class IngestWorkload implements Workload {
  private static final Logger LOG = LoggerFactory.getLogger(IngestWorkload.class);
  private static final String ENGINE = "copse-lucene";

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public void run(BenchContext context) throws IOException {
    BenchSettings settings = context.settings();
    Path folder = settings.workFolder().resolve("ingest");
    List<IngestInput> inputs;
    if (settings.ingestItems() > 0) {
      context.table().fact("ingest inputs", String.format(Locale.ROOT,
          "generated from the corpus, about %,d items in the three formats", settings.ingestItems()));
      Path generated = folder.resolve("inputs");
      context.clearFolder(generated);
      inputs = GeneratedInputs.write(generated, context.corpus(), settings.ingestItems());
    } else if (settings.ingestData() != null && !IngestInput.real(settings.ingestData()).isEmpty()) {
      inputs = IngestInput.real(settings.ingestData());
    } else {
      context.table().fact("ingest inputs", "no real inputs (" + settings.ingestData()
          + "): small generated inputs in the same formats");
      Path generated = folder.resolve("inputs");
      context.clearFolder(generated);
      inputs = GeneratedInputs.write(generated, context.corpus());
    }
    IngestSettings ingest = IngestSettings.defaults()
        .withEnrichment(EnrichmentSettings.defaults().withEnabled(settings.enrich()))
        .withExtraction(ExtractionLimits.defaults().withTimeout(Duration.ofSeconds(60)));
    context.table().fact("ingest settings", String.format(Locale.ROOT,
        "%d threads, %d extraction workers, chunks of %d, CoreNLP enrichment %s", ingest.threads(),
        ingest.extractionWorkers(), ingest.chunkSize(), settings.enrich() ? "on" : "off"));
    try (LoadMonitor load = LoadMonitor.start()) {
      for (IngestInput input : inputs) {
        Path home = folder.resolve(input.name());
        context.clearFolder(home);
        report(context, input, ingest(home, input, ingest));
      }
      context.table().fact("ingest: other processes' CPU",
          String.format("mean %.2f, max %.2f cores", load.meanOtherCores(), load.maxOtherCores()));
    }
  }

  private static IngestReport ingest(Path home, IngestInput input, IngestSettings settings) {
    String community = "bench-" + input.name();
    try (H2Database database = new H2Database(home.resolve("db/copse"));
        LuceneSearchIndex index = LuceneSearchIndex.open(home.resolve("index"));
        IngestService service = new IngestService(database.dataSource(), index,
            new JdbcContributionStore(database.dataSource()), new JdbcDirectory(database.dataSource()),
            new SourceCatalog(), settings, new IngestStatus())) {
      new JdbcDirectory(database.dataSource()).saveCommunities(List.of(
          new Community(community, input.name(), input.description(), Visibility.PUBLIC, "bench")));
      LOG.info("Ingesting {} from {}", input.name(), input.path());
      IngestReport report = service.run(IngestRequest.of(input.type(), input.path(), community),
          progress -> LOG.info("{}: {} items, {} items/s", input.name(), progress.processed(),
              Math.round(progress.itemsPerSecond())));
      LOG.info("{}", report.summary());
      if (!report.completed()) {
        throw new IllegalStateException("ingest of " + input.name() + " did not complete: " + report.summary());
      }
      return report;
    }
  }

  private void report(BenchContext context, IngestInput input, IngestReport report) {
    String prefix = input.name() + ": ";
    double seconds = report.elapsed().toMillis() / 1000.0;
    add(context, prefix + "items read", "items", report.read());
    add(context, prefix + "items indexed", "items", report.indexed());
    add(context, prefix + "wall time", "s", seconds);
    if (report.read() == 0) {
      LOG.warn("{} yielded no items: {}", input.name(), report.skippedByReason());
    } else {
      add(context, prefix + "end to end", "docs/s", report.read() / Math.max(seconds, 1e-3));
    }
    stage(context, prefix + "read + extract (Tika), per thread", report.extract());
    stage(context, prefix + "enrich (CoreNLP), per thread", report.enrich());
    stage(context, prefix + "index (store + Lucene), per thread", report.index());
    context.table().fact("ingest " + input.name(), input.description() + "; " + report.summary().strip()
        .replace("\n", "; ").replaceAll("\\s+", " "));
  }

  private void stage(BenchContext context, String metric, StageStats stats) {
    if (stats.documents() > 0 && stats.millis() > 0) {
      add(context, metric, "docs/s", stats.documentsPerSecond());
    }
  }

  private void add(BenchContext context, String metric, String unit, double value) {
    context.table().add(Result.of(name(), metric, unit, ENGINE, value));
  }
}
