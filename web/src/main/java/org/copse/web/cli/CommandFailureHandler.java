package org.copse.web.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints why a command failed, cause by cause, without a stack trace (the log has it), and exits
 * with status 1.
 */
final class CommandFailureHandler implements IExecutionExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(CommandFailureHandler.class);

  @Override
  public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
    log.debug("command failed", failure);
    StringBuilder message = new StringBuilder("copse: ").append(failure.getMessage());
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
        message.append(System.lineSeparator()).append("  caused by: ").append(cause.getMessage());
      }
    }
    commandLine.getErr().println(commandLine.getColorScheme().errorText(message.toString()));
    return 1;
  }
}
