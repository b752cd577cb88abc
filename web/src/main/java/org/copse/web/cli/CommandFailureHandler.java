package org.copse.web.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints why a command failed, as the deepest cause's message (the one that names the problem,
 * such as an unknown index backend), without a stack trace, and exits with status 1. The full
 * failure goes to the log at debug level.
 */
final class CommandFailureHandler implements IExecutionExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(CommandFailureHandler.class);

  @Override
  public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
    log.debug("command failed", failure);
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    commandLine.getErr().println(commandLine.getColorScheme().errorText("copse: " + message));
    return 1;
  }
}
