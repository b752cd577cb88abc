package org.copse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copse.bench.engine.Engine;
import org.copse.bench.engine.copse.CopseLuceneEngine;
import org.copse.bench.engine.elastic.CopseElasticEngine;
import org.copse.bench.engine.raw.RawLuceneEngine;
import org.copse.bench.harness.GrowthReport;
import org.copse.bench.harness.MachineInfo;
import org.copse.bench.harness.ResultTable;
import org.copse.bench.workload.BenchContext;
import org.copse.bench.workload.BenchSettings;
import org.copse.bench.workload.Workload;
import org.copse.bench.workload.Workloads;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The benchmark command line: {@code Bench <workload> [options]}, where the workload is
 * {@code index}, {@code search}, {@code experts}, {@code memory}, {@code digest}, {@code ingest},
 * {@code startup} or {@code all}, or {@code corpus} to only generate the corpus file; {@code growth}
 * fits how each figure grows from result files of several sizes. Results go to {@code <out>/<workload>-<size>.md} and
 * {@code .json}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Copse against a hand-tuned raw-Lucene baseline, measured in the same run.")
public final class Bench implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(Bench.class);

  private static final String NAMES = "index, search, experts, memory, digest, ingest, startup, all, corpus or growth";

  @Parameters(index = "0", description = NAMES + "; several joined by commas")
  String workload = "all";

  @Option(names = "--size", description = "contributions in the corpus (default ${DEFAULT-VALUE})")
  long size = 100_000;

  @Option(names = "--seed", description = "seed of corpus and queries (default ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--out", description = "folder for the result tables (default ${DEFAULT-VALUE})")
  Path out = Path.of("bench/results");

  @Option(names = "--work", description = "folder for the corpus file and indexes (default ${DEFAULT-VALUE})")
  Path work = Path.of("bench/work");

  @Option(names = "--build-threads", split = ",", description = "indexing threads to measure (default ${DEFAULT-VALUE})")
  List<Integer> buildThreads = new ArrayList<>(List.of(2));

  @Option(names = "--build-repeats", description = "builds per engine and thread count (default: 3 up to 100,000, else 1)")
  int buildRepeats = 0;

  @Option(names = "--queries", description = "queries per timed round (default ${DEFAULT-VALUE})")
  int queries = 1_000;

  @Option(names = "--viewers", description = "distinct viewers the queries come from (default ${DEFAULT-VALUE})")
  int viewers = 200;

  @Option(names = "--rounds", description = "timed rounds per search measurement (default ${DEFAULT-VALUE})")
  int rounds = 5;

  @Option(names = "--search-threads", split = ",", description = "searching threads to measure (default ${DEFAULT-VALUE})")
  List<Integer> searchThreads = new ArrayList<>(List.of(1, 2));

  @Option(names = "--elastic", description = "also measure Copse on Elasticsearch, on a local node the bench starts")
  boolean elastic;

  @Option(names = "--digest-members", description = "members the digest workload's directory holds (default ${DEFAULT-VALUE})")
  int digestMembers = BenchSettings.DEFAULT_DIGEST_MEMBERS;

  @Option(names = "--digests", description = "digests per timed round (default ${DEFAULT-VALUE})")
  int digests = BenchSettings.DEFAULT_DIGESTS_PER_ROUND;

  @Option(names = "--data", description = "real ingest inputs (office-docs, stackexchange, mediawiki); "
      + "when the folder is missing, small generated inputs are ingested (default ${DEFAULT-VALUE})")
  Path data = Path.of("/work/shared/data");

  @Option(names = "--ingest-items", description = "ingest generated inputs of about this many items (library files, "
      + "Stack Exchange posts, wiki pages) instead of the real ones, to see how ingest grows (default: the real ones)")
  int ingestItems;

  @Option(names = "--no-enrich", negatable = true, description = "ingest with CoreNLP enrichment (default on)")
  boolean enrich = true;

  @Option(names = "--app-jar", description = "the executable jar whose start-up to time (default: the installed "
      + "copse-web artifact, copied to bench/target/app/copse.jar)")
  @Nullable Path appJar;

  @Option(names = "--name", description = "result file name before -<size> (default: the workload, or the list joined by +)")
  @Nullable String name;

  @Option(names = "--point", description = "for growth: SIZE=RESULT.json, repeated (a size may be given several files)")
  List<String> points = new ArrayList<>();

  @Option(names = "--size-name", description = "for growth: what the size counts (default ${DEFAULT-VALUE})")
  String sizeName = "contributions";

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (workload.equals("growth")) {
      GrowthReport growth = new GrowthReport(sizeName);
      for (String point : points) {
        int eq = point.indexOf('=');
        if (eq < 1) {
          throw new CommandLine.ParameterException(new CommandLine(this), "--point wants SIZE=FILE, not " + point);
        }
        growth.add(Long.parseLong(point.substring(0, eq).replace("_", "").replace(",", "")), Path.of(point.substring(eq + 1)));
      }
      String file = name != null ? name : "growth-" + sizeName;
      growth.write(out, file);
      LOG.info("Growth written to {}", out.resolve(file + ".md"));
      return 0;
    }
    BenchSettings settings = new BenchSettings(size, seed, work, buildThreads,
        buildRepeats > 0 ? buildRepeats : (size <= 100_000 ? 3 : 1), queries, viewers, rounds, searchThreads)
        .withElastic(elastic)
        .withDigest(digestMembers, digests)
        .withIngest(Files.isDirectory(data) ? data : null, enrich)
        .withGeneratedIngest(ingestItems)
        .withAppJar(appJar);
    if (!Files.isDirectory(data) && ingestItems == 0) {
      LOG.warn("{} is not there: the ingest workload ingests small generated inputs instead", data);
    }
    ResultTable table = run(settings, workload);
    if (table != null) {
      String name = (this.name != null ? this.name : workload.replace(',', '+')) + "-" + size;
      table.write(out, name);
      LOG.info("Results written to {}", out.resolve(name + ".md"));
    }
    return 0;
  }

  /**
   * Runs one workload, or all in order, and returns the table; {@code null} for {@code corpus},
   * which only generates the corpus file.
   */
  public static ResultTable run(BenchSettings settings, String workload) throws Exception {
    LOG.info("Copse benchmark '{}': {} contributions, seed {}, work folder {}", workload, settings.size(),
        settings.seed(), settings.workFolder());
    List<Engine> candidates = settings.elastic()
        ? List.of(new CopseLuceneEngine(), new CopseElasticEngine())
        : List.of(new CopseLuceneEngine());
    BenchContext context = new BenchContext(settings, new RawLuceneEngine(), candidates);
    if (workload.equals("corpus")) {
      context.corpus();
      return null;
    }
    List<Workload> chosen = new ArrayList<>();
    for (String name : workload.split(",")) {
      if (name.equals("all")) {
        chosen.addAll(Workloads.all());
      } else {
        chosen.add(Workloads.named(name).orElseThrow(() -> new CommandLine.ParameterException(
            new CommandLine(new Bench()), "unknown workload '" + name + "': use " + NAMES)));
      }
    }
    MachineInfo machine = MachineInfo.describe();
    ResultTable table = context.table();
    table.fact("machine", machine.cpu() + ", " + machine.cores() + " cores, " + machine.memoryGb() + " GB, " + machine.os());
    table.fact("java", machine.java() + ", " + machine.jvmArguments());
    table.fact("started", Instant.now() + ", load average " + String.format("%.2f", machine.loadAverage()));
    table.fact("settings", settings.toString());
    if (settings.elastic()) {
      table.fact("copse-elastic", CopseElasticEngine.description());
    }
    for (Engine engine : context.engines()) {
      engine.prepare();
    }
    for (Workload w : chosen) {
      LOG.info("Running workload '{}'", w.name());
      w.run(context);
    }
    table.fact("finished", Instant.now() + ", load average " + String.format("%.2f", MachineInfo.describe().loadAverage()));
    return table;
  }
}
