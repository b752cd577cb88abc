package org.copse.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copse.bench.engine.Engine;
import org.copse.bench.engine.copse.CopseLuceneEngine;
import org.copse.bench.engine.raw.RawLuceneEngine;
import org.copse.bench.harness.MachineInfo;
import org.copse.bench.harness.ResultTable;
import org.copse.bench.workload.BenchContext;
import org.copse.bench.workload.BenchSettings;
import org.copse.bench.workload.Workload;
import org.copse.bench.workload.Workloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The benchmark command line: {@code Bench <workload> [options]}, where the workload is
 * {@code index}, {@code search}, {@code experts}, {@code memory} or {@code all}, or {@code corpus}
 * to only generate the corpus file. Results go to {@code <out>/<workload>-<size>.md} and
 * {@code .json}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Copse against a hand-tuned raw-Lucene baseline, measured in the same run.")
public final class Bench implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(Bench.class);

  @Parameters(index = "0", description = "index, search, experts, memory, all, or corpus")
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

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    BenchSettings settings = new BenchSettings(size, seed, work, buildThreads,
        buildRepeats > 0 ? buildRepeats : (size <= 100_000 ? 3 : 1), queries, viewers, rounds, searchThreads);
    ResultTable table = run(settings, workload);
    if (table != null) {
      String name = workload + "-" + size;
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
    List<Engine> candidates = List.of(new CopseLuceneEngine());
    BenchContext context = new BenchContext(settings, new RawLuceneEngine(), candidates);
    if (workload.equals("corpus")) {
      context.corpus();
      return null;
    }
    List<Workload> chosen = workload.equals("all")
        ? Workloads.all()
        : List.of(Workloads.named(workload).orElseThrow(() -> new CommandLine.ParameterException(
            new CommandLine(new Bench()), "unknown workload '" + workload + "': use index, search, experts, memory, all or corpus")));
    MachineInfo machine = MachineInfo.describe();
    ResultTable table = context.table();
    table.fact("machine", machine.cpu() + ", " + machine.cores() + " cores, " + machine.memoryGb() + " GB, " + machine.os());
    table.fact("java", machine.java() + ", " + machine.jvmArguments());
    table.fact("started", Instant.now() + ", load average " + String.format("%.2f", machine.loadAverage()));
    table.fact("settings", settings.toString());
    for (Workload w : chosen) {
      LOG.info("Running workload '{}'", w.name());
      w.run(context);
    }
    table.fact("finished", Instant.now() + ", load average " + String.format("%.2f", MachineInfo.describe().loadAverage()));
    return table;
  }
}
