package org.copse.web.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.copse.expertise.eval.EvaluationReport;
import org.copse.expertise.eval.EvaluationSettings;
import org.copse.expertise.eval.ExpertEvaluation;
import org.copse.expertise.eval.MetricSummary;
import org.copse.index.Contribution;
import org.copse.index.SearchIndex;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.SourceType;
import org.copse.ingest.source.Sources;
import org.copse.web.config.IndexBackends;
import org.copse.web.digest.eval.DigestEvaluation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code copse eval experts|digest STACKEXCHANGE_DIR}: replays a Stack Exchange dump through the
 * expertise or digest evaluation, in throwaway Lucene indexes, and prints (or writes) the metrics.
 * Needs no data directory: nothing is kept.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure expert finding or the digest on a Stack Exchange dump.",
    subcommands = {EvalCommand.Experts.class, EvalCommand.Digest.class})
final class EvalCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation: choose experts or digest");
  }

  /** Options both evaluations take. */
  abstract static class Replay implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STACKEXCHANGE_DIR",
        description = "A Stack Exchange site folder (Posts.xml, Users.xml, Comments.xml, …).")
    Path site = Path.of("");

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the full report as JSON.")
    @Nullable Path json;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isRegularFile(site.resolve("Posts.xml"))) {
        err.println("copse: no Posts.xml in " + site.toAbsolutePath());
        return SearchCommand.BAD_INPUT;
      }
      String name = site.toAbsolutePath().normalize().getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "-");
      List<Contribution> contributions = new ArrayList<>();
      AtomicInteger skipped = new AtomicInteger();
      Source source = Sources.open(SourceType.STACKEXCHANGE, site, SourceOptions.forCommunity(name).withSourceName(name));
      try (SourceCursor cursor = source.items(item -> skipped.incrementAndGet())) {
        cursor.forEachRemaining(item -> contributions.add(item.draft()));
      }
      err.printf("%s: %d contributions read, %d skipped%n", name, contributions.size(), skipped.get());
      Path work = Files.createTempDirectory("copse-eval-");
      try {
        AtomicInteger runs = new AtomicInteger();
        Supplier<SearchIndex> indexes = () -> IndexBackends.openLucene(work.resolve("index-" + runs.incrementAndGet()));
        Result result = evaluate(name, contributions, indexes);
        spec.commandLine().getOut().println(result.summary());
        if (json != null) {
          Files.writeString(json, result.json());
          err.println("report written to " + json.toAbsolutePath());
        }
        return 0;
      } finally {
        delete(work);
      }
    }

    /** A summary line and the JSON report. */
    record Result(String summary, String json) {}

    abstract Result evaluate(String name, List<Contribution> contributions, Supplier<SearchIndex> indexes);
  }

  @Command(name = "experts", mixinStandardHelpOptions = true,
      description = "Expert finding: do the ranked experts include the member whose answer was accepted?")
  static final class Experts extends Replay {
    @Override
    Result evaluate(String name, List<Contribution> contributions, Supplier<SearchIndex> indexes) {
      EvaluationReport report = new ExpertEvaluation(EvaluationSettings.defaults()).run(name, contributions, indexes);
      StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
          "%s: %d contributions, %d questions, %d test questions (%d strict)", name, report.contributions(),
          report.questions(), report.testQuestions(), report.strictQuestions()));
      report.methods().forEach((method, result) -> {
        MetricSummary strict = result.strict();
        summary.append(String.format(Locale.ROOT, "%n  %-24s MRR %.4f  P@1 %.4f  nDCG@10 %.4f  R@100 %.4f (%d questions)",
            method, strict.mrr(), strict.precisionAt1(), strict.ndcgAt10(), strict.recallAt100(), strict.questions()));
      });
      return new Result(summary.toString(), report.toJson());
    }
  }

  @Command(name = "digest", mixinStandardHelpOptions = true,
      description = "The digest: how often it picks what each member went on to engage with, against the newest posts.")
  static final class Digest extends Replay {
    @Override
    Result evaluate(String name, List<Contribution> contributions, Supplier<SearchIndex> indexes) {
      DigestEvaluation.Report report = new DigestEvaluation(DigestEvaluation.Settings.DEFAULTS).run(contributions, indexes);
      return new Result(name + ": " + report.summary(), JsonMapper.builder().build().writeValueAsString(report));
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove " + directory, e);
    }
  }
}
