package org.copse.web.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code copse} command. To add a command, write a class like {@link SearchCommand} and list it
 * in {@code subcommands} below; it gets {@code --data-dir} and {@code --help} from here.
 */
@Command(
    name = "copse",
    mixinStandardHelpOptions = true,
    versionProvider = CopseVersion.class,
    description = "Expertise discovery and search for Communities of Practice.",
    subcommands = {
        ServeCommand.class,
        SearchCommand.class,
        DemoCommand.class,
        ReindexCommand.class,
        DigestCommand.class,
        ExpertsCommand.class,
        IngestCommand.class,
        EvalCommand.class,
        CommandLine.HelpCommand.class
    })
public final class CopseCommand implements Runnable {

  /** The data directory when none is given. */
  public static final String DEFAULT_DATA_DIR = "copse-data";

  @Spec
  private CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = DEFAULT_DATA_DIR, scope = ScopeType.INHERIT,
      description = "Where the embedded index and database live (default: ${DEFAULT-VALUE}).")
  private Path dataDir = Path.of(DEFAULT_DATA_DIR);

  /** A command line ready to run, with error handling that prints causes without stack traces. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new CopseCommand());
    commandLine.setExecutionExceptionHandler(new CommandFailureHandler());
    return commandLine;
  }

  /** The data directory, made absolute (H2 refuses paths relative to an implicit directory). */
  Path dataDir() {
    return dataDir.toAbsolutePath().normalize();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
