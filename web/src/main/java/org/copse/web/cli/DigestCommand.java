package org.copse.web.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.copse.index.Directory;
import org.copse.web.digest.DigestRunReport;
import org.copse.web.digest.DigestService;
import org.copse.web.digest.IsoWeek;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code copse digest --week 2026-W48}: sends (or, with --dry-run, only selects) a week's digests. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Send a week's digest to every subscribed member, or one member; --dry-run sends nothing.")
final class DigestCommand implements Callable<Integer> {

  @ParentCommand
  private CopseCommand copse;

  @Spec
  private CommandSpec spec;

  @Option(names = "--week", paramLabel = "YYYY-Www", required = true, description = "The ISO week, such as 2026-W48.")
  private String week = "";

  @Option(names = "--member", paramLabel = "ID", description = "Only this member.")
  private @Nullable String memberId;

  @Option(names = "--dry-run", description = "Select and count, but send nothing and record nothing.")
  private boolean dryRun;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    IsoWeek isoWeek;
    try {
      isoWeek = IsoWeek.parse(week);
    } catch (IllegalArgumentException e) {
      err.println("copse: --week: " + e.getMessage());
      return SearchCommand.BAD_INPUT;
    }
    try (ConfigurableApplicationContext context = SpringLauncher.quiet(copse.dataDir(), Map.of("copse.digest.cron", "-"))) {
      if (memberId != null && context.getBean(Directory.class).member(memberId).isEmpty()) {
        err.println("copse: no member '" + memberId + "' in " + copse.dataDir());
        return SearchCommand.BAD_INPUT;
      }
      DigestRunReport report = context.getBean(DigestService.class).run(isoWeek, Optional.ofNullable(memberId), dryRun);
      PrintWriter out = spec.commandLine().getOut();
      out.println(report.summary());
      report.problems().forEach(problem -> out.println("  problem: " + problem));
      return report.problems().isEmpty() ? 0 : 1;
    }
  }
}
