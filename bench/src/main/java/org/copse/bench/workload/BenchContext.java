package org.copse.bench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.copse.bench.corpus.BenchQuery;
import org.copse.bench.corpus.CorpusFile;
import org.copse.bench.corpus.CorpusModel;
import org.copse.bench.corpus.QueryGenerator;
import org.copse.bench.engine.Engine;
import org.copse.bench.engine.raw.RawLuceneEngine;
import org.copse.bench.engine.raw.RawLuceneSearcher;
import org.copse.bench.harness.ResultTable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the workloads of one run share: settings, the corpus, the engines (the raw-Lucene baseline
 * first), their index folders, the query set and the result table. Indexes built by one workload
 * are reused by the next; a workload run alone builds what it needs first, untimed.
 */
public final class BenchContext {
  private static final Logger LOG = LoggerFactory.getLogger(BenchContext.class);
  static final String BUILT_MARKER = "BUILT";

  private final BenchSettings settings;
  private final RawLuceneEngine baseline;
  private final List<Engine> engines;
  private final ResultTable table;
  private @Nullable CorpusModel model;
  private @Nullable CorpusFile corpus;
  private @Nullable List<BenchQuery> queries;
  private final Set<String> builtThisRun = ConcurrentHashMap.newKeySet();

  public BenchContext(BenchSettings settings, RawLuceneEngine baseline, List<Engine> others) {
    this.settings = settings;
    this.baseline = baseline;
    List<Engine> all = new ArrayList<>();
    all.add(baseline);
    all.addAll(others);
    this.engines = List.copyOf(all);
    this.table = new ResultTable("Copse benchmarks, " + String.format("%,d", settings.size())
        + " contributions, seed " + settings.seed(), engines.stream().map(Engine::name).toList());
  }

  public BenchSettings settings() {
    return settings;
  }

  /** Every engine, the baseline first. */
  public List<Engine> engines() {
    return engines;
  }

  public ResultTable table() {
    return table;
  }

  public synchronized CorpusModel model() {
    if (model == null) {
      model = CorpusModel.create(settings.seed());
    }
    return model;
  }

  /** The corpus file, generated on first use. */
  public synchronized CorpusFile corpus() throws IOException {
    if (corpus == null) {
      corpus = CorpusFile.ensure(settings.workFolder(), model(), settings.size());
      table.fact("corpus", String.format("%,d contributions, %,d MB of text (titles and bodies), seed %d",
          corpus.size(), corpus.textBytes() / 1_000_000, corpus.seed()));
    }
    return corpus;
  }

  /** Where an engine's index of this corpus lives. */
  public Path indexFolder(Engine engine) {
    return settings.workFolder().resolve(engine.name() + "-" + settings.size() + "-seed" + settings.seed());
  }

  /** Empties an engine's folder, ready for a build. */
  public void clearIndex(Engine engine) throws IOException {
    clearFolder(indexFolder(engine));
  }

  /** Empties (or creates) a folder under the work folder. */
  public void clearFolder(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(folder);
  }

  /** Records that the engine's folder holds a complete index of the corpus. */
  public void markBuilt(Engine engine) throws IOException {
    builtThisRun.add(engine.name());
    Files.writeString(indexFolder(engine).resolve(BUILT_MARKER), "complete\n");
  }

  /**
   * Builds an engine's index unless a complete one is there already. Not a measurement (the index
   * workload repeats builds), but how long it took goes into the facts: at a million contributions
   * an Elasticsearch index is built once per run, here.
   */
  public void ensureBuilt(Engine engine) throws IOException {
    boolean reusable = engine.persistent() ? Files.exists(indexFolder(engine).resolve(BUILT_MARKER))
        : builtThisRun.contains(engine.name());
    if (reusable) {
      return;
    }
    LOG.info("Building the {} index first (untimed)", engine.name());
    clearIndex(engine);
    int threads = settings.buildThreads().get(settings.buildThreads().size() - 1);
    long start = System.nanoTime();
    engine.build(indexFolder(engine), corpus(), threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    markBuilt(engine);
    String took = String.format(Locale.ROOT, "%,d contributions with %d thread(s) in %.1f s (%,.0f /s)",
        settings.size(), threads, seconds, settings.size() / seconds);
    LOG.info("Built the {} index: {}", engine.name(), took);
    table.fact(engine.name() + " index built before measuring (once)", took);
  }

  /** The query set, aimed at document frequencies measured in the baseline's index. */
  public synchronized List<BenchQuery> queries() throws IOException {
    if (queries == null) {
      ensureBuilt(baseline);
      try (RawLuceneSearcher searcher = baseline.open(indexFolder(baseline))) {
        long querySeed = settings.seed() + 1;
        queries = new QueryGenerator(model(), searcher, querySeed, settings.viewers()).generate(settings.queries());
        table.fact("queries", settings.queries() + " per round from " + settings.viewers() + " viewers, seed "
            + querySeed + ": 2–3 required words at document frequencies 0.1–10%, the viewer's scope, one community");
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return queries;
  }

  /** The baseline engine. */
  public RawLuceneEngine baseline() {
    return baseline;
  }
}
