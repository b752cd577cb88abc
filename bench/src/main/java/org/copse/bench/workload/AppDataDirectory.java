package org.copse.bench.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.copse.bench.corpus.CorpusFile;
import org.copse.bench.engine.Engine;
import org.copse.bench.harness.H2Database;
import org.copse.index.Contribution;
import org.copse.store.JdbcContributionStore;
import org.copse.store.JdbcDirectory;
import org.copse.store.StoreSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application data directory holding the whole corpus, as {@code copse serve --data-dir} finds
 * it after the corpus was ingested: the H2 database at {@code db/copse} with the store's schema, the
 * corpus's 1,000 communities, its {@value #MEMBERS} most active authors as members (as the digest
 * workload's directory) and every contribution in the contribution store; and the Copse Lucene
 * index of the corpus under {@code index/}. The application runs its own migrations and builds its
 * expertise graph from the store on its first start.
 *
 * <p>A pristine template is written once per size and seed; {@link #copyTo} gives each measurement
 * its own copy: the database copied (H2 writes its file in place), the index hard-linked (Lucene
 * never rewrites a file, so the application's commits cannot reach the template).
 */
final class AppDataDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(AppDataDirectory.class);
  /** Members in the directory: the deployment Copse is sized for. */
  static final int MEMBERS = 50_000;
  private static final int BATCH = 1_000;
  private static final String DATABASE = "db/copse.mv.db";

  private final Path template;

  private AppDataDirectory(Path template) {
    this.template = template;
  }

  /** The template for the context's corpus, written (with the Copse Lucene index built) unless it is there. */
  static AppDataDirectory ensure(BenchContext context, Engine copseLucene) throws IOException {
    BenchSettings settings = context.settings();
    Path template = settings.workFolder().resolve("app-data-" + settings.size() + "-seed" + settings.seed());
    if (!Files.exists(template.resolve(BenchContext.BUILT_MARKER))) {
      context.clearFolder(template);
      context.ensureBuilt(copseLucene);
      long start = System.nanoTime();
      writeDatabase(template.resolve("db/copse"), context);
      linkTree(context.indexFolder(copseLucene), template.resolve("index"));
      Files.writeString(template.resolve(BenchContext.BUILT_MARKER), "complete\n");
      LOG.info("Wrote an application data directory of {} contributions in {} s", settings.size(),
          (System.nanoTime() - start) / 1_000_000_000);
    }
    return new AppDataDirectory(template);
  }

  /** The database file's size in bytes. */
  long databaseBytes() throws IOException {
    return Files.size(template.resolve(DATABASE));
  }

  /** Replaces {@code target} with a copy of the template. */
  void copyTo(BenchContext context, Path target) throws IOException {
    context.clearFolder(target);
    Files.createDirectories(target.resolve(DATABASE).getParent());
    Files.copy(template.resolve(DATABASE), target.resolve(DATABASE), StandardCopyOption.COPY_ATTRIBUTES);
    linkTree(template.resolve("index"), target.resolve("index"));
  }

  private static void writeDatabase(Path file, BenchContext context) throws IOException {
    CorpusFile corpus = context.corpus();
    try (H2Database database = new H2Database(file)) {
      StoreSchema.migrate(database.dataSource());
      DigestDirectory.fill(new JdbcDirectory(database.dataSource()), context.model().population(), MEMBERS);
      JdbcContributionStore store = new JdbcContributionStore(database.dataSource());
      try (CorpusFile.Reader reader = corpus.open()) {
        for (List<Contribution> batch = reader.nextBatch(BATCH); !batch.isEmpty(); batch = reader.nextBatch(BATCH)) {
          store.save(batch);
        }
      }
    }
  }

  /** Hard-links every file under {@code from} into {@code to}, but the bench's completion marker. */
  private static void linkTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (Files.isDirectory(file)) {
          linkTree(file, to.resolve(file.getFileName().toString()));
        } else if (!file.getFileName().toString().equals(BenchContext.BUILT_MARKER)) {
          Files.createLink(to.resolve(file.getFileName().toString()), file);
        }
      }
    }
  }
}
