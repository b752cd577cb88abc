package org.copse.web.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copse.ingest.job.FailedItem;
import org.copse.ingest.job.IngestOptions;
import org.copse.ingest.job.IngestProgress;
import org.copse.ingest.job.IngestReport;
import org.copse.ingest.job.IngestRequest;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.SourceType;
import org.copse.web.ingest.IngestRuns;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copse ingest TYPE PATH --community ID}: reads a source into the store and the index with a
 * live progress line on stderr, then prints the report (skipped items with their paths and reasons).
 * Running it again only writes what changed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest a source: library, mediawiki, stackexchange, jsonl, wxr, feed, mbox or directory.")
final class IngestCommand implements Callable<Integer> {
  /** Exit status of a run that ended but did not complete. */
  static final int INCOMPLETE = 1;

  @ParentCommand
  private CopseCommand copse;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TYPE", description = "The source type.")
  private String type = "";

  @Parameters(index = "1", paramLabel = "PATH", description = "The file or folder to read.")
  private Path path = Path.of("");

  @Option(names = "--community", paramLabel = "ID", required = true,
      description = "The community the items go to (it must exist).")
  private String community = "";

  @Option(names = "--name", paramLabel = "NAME",
      description = "A short source name that keeps ids unique among sources of one type (default: the file or folder name).")
  private @Nullable String name;

  @Option(names = "--full", description = "Re-process every item, even those whose content has not changed.")
  private boolean full;

  @Option(names = "--allow-empty",
      description = "Let a run that finds no items delete everything this source had yielded.")
  private boolean allowEmpty;

  @Option(names = "--mapping", paramLabel = "FILE",
      description = "For a library: a folder,community_id[,public|members] file mapping folders to communities.")
  private @Nullable Path mapping;

  @Option(names = "--people", paramLabel = "FILE",
      description = "A source_id,member_id file linking people across sources.")
  private @Nullable Path people;

  @Option(names = "--language", paramLabel = "CODE", description = "The ISO 639-1 language of the text (default: en).")
  private @Nullable String language;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (SourceType.fromCode(type).isEmpty()) {
      err.println("copse: unknown source type '" + type + "'; choose one of library, mediawiki, stackexchange, jsonl, wxr,"
          + " feed, mbox, directory");
      return SearchCommand.BAD_INPUT;
    }
    if (!Files.exists(path)) {
      err.println("copse: nothing exists at " + path.toAbsolutePath());
      return SearchCommand.BAD_INPUT;
    }
    IngestRequest request = IngestRequest.of(SourceType.fromCode(type).orElseThrow().code(), path, community);
    if (name != null && !name.isBlank()) {
      request = request.withOption(IngestOptions.NAME, name.strip());
    }
    if (full) {
      request = request.withOption(IngestOptions.FULL, "true");
    }
    if (allowEmpty) {
      request = request.withOption(IngestOptions.ALLOW_EMPTY, "true");
    }
    if (mapping != null) {
      request = request.withOption(IngestOptions.COMMUNITY_MAPPING, mapping.toAbsolutePath().toString());
    }
    if (people != null) {
      request = request.withOption(IngestOptions.PEOPLE, people.toAbsolutePath().toString());
    }
    if (language != null) {
      request = request.withOption(IngestOptions.LANGUAGE, language);
    }
    try (ConfigurableApplicationContext context = SpringLauncher.quiet(copse.dataDir(), Map.of("copse.digest.cron", "-"))) {
      IngestReport report;
      try {
        report = context.getBean(IngestRuns.class).run(request, progress -> err.print("\r" + line(progress)));
      } catch (SourceException | IllegalArgumentException e) {
        err.println();
        err.println("copse: " + e.getMessage());
        return SearchCommand.BAD_INPUT;
      }
      err.println();
      err.flush();
      print(report);
      return report.completed() ? 0 : INCOMPLETE;
    }
  }

  /** One progress line: items, rate and time left. */
  static String line(IngestProgress progress) {
    String items = progress.total() > 0 ? progress.processed() + "/" + progress.total() : Long.toString(progress.processed());
    Duration eta = progress.eta();
    return String.format(Locale.ROOT, "%s %s: %s items (%d indexed, %d unchanged, %d skipped, %d failed), %.1f/s%s   ",
        progress.source(), progress.phase(), items, progress.indexed(), progress.unchanged(), progress.skipped(),
        progress.failed(), progress.itemsPerSecond(), eta == null ? "" : ", ETA " + eta.toSeconds() + " s");
  }

  private void print(IngestReport report) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(report.summary());
    for (SkippedItem skipped : report.skippedItems()) {
      out.printf("  skipped %s: %s (%s)%n", skipped.location(), skipped.reason(), skipped.detail());
    }
    for (FailedItem failed : report.failedItems()) {
      out.printf("  failed %s: %s (%s)%n", failed.location(), failed.reason(), failed.detail());
    }
    out.flush();
  }
}
