package org.copse.web.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.copse.index.InvalidQueryException;
import org.copse.web.experts.ExpertViews;
import org.copse.web.experts.ExpertViews.ExpertView;
import org.copse.web.experts.ExpertViews.EvidenceView;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code copse experts "TOPIC" --as MEMBER}: who knows about a topic, as that member may see it. */
@Command(name = "experts", mixinStandardHelpOptions = true,
    description = "Find experts on a topic as a member, with the evidence they may read.")
final class ExpertsCommand implements Callable<Integer> {

  @ParentCommand
  private CopseCommand copse;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic, in the search box's syntax.")
  private String topic = "";

  @Option(names = "--as", paramLabel = "MEMBER", required = true,
      description = "The member id to ask as; only what they may read counts.")
  private String memberId = "";

  @Option(names = "--limit", paramLabel = "N", defaultValue = "5",
      description = "Most experts to print, 1 to " + ExpertFinder.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (ConfigurableApplicationContext context = SpringLauncher.quiet(copse.dataDir(), Map.of("copse.digest.cron", "-"))) {
      Directory directory = context.getBean(Directory.class);
      if (directory.member(memberId).isEmpty()) {
        err.println("copse: no member '" + memberId + "' in " + copse.dataDir());
        return SearchCommand.BAD_INPUT;
      }
      AccessScope scope = directory.scopeFor(memberId);
      try {
        ExpertViews views = new ExpertViews(directory);
        print(context.getBean(ExpertFinder.class).experts(topic, scope, limit).stream().map(views::expert).toList());
        return 0;
      } catch (InvalidQueryException e) {
        err.println("copse: " + e.parameter() + ": " + e.getMessage());
        return SearchCommand.BAD_INPUT;
      }
    }
  }

  private void print(List<ExpertView> experts) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%d expert%s on \"%s\" as %s%n", experts.size(), experts.size() == 1 ? "" : "s", topic, memberId);
    int rank = 1;
    for (ExpertView expert : experts) {
      out.printf("%n%2d. %s (%s)%n", rank++, expert.name(), expert.memberId());
      if (!expert.topics().isEmpty()) {
        out.printf("    topics: %s%n", String.join(", ", expert.topics().stream().map(t -> t.topic()).toList()));
      }
      for (EvidenceView evidence : expert.evidence()) {
        out.printf("    - %s · %s · %s · %s%n", evidence.title(), evidence.community(), evidence.date(), evidence.id());
      }
    }
    out.flush();
  }
}
