package org.copse.web.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.copse.web.demo.DemoLoader;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code copse demo}: loads the demo content without starting the web server. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Load the demo communities, members, accounts and contributions into an empty data directory.")
final class DemoCommand implements Callable<Integer> {

  @ParentCommand
  private CopseCommand copse;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = SpringLauncher.quiet(copse.dataDir(), Map.of())) {
      DemoLoader.Outcome outcome = context.getBean(DemoLoader.class).load();
      spec.commandLine().getOut().println(outcome.describe());
      return 0;
    }
  }
}
