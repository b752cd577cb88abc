package org.copse.web;

import org.copse.web.cli.CopseCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Copse application. {@link #main} runs the {@code copse} command line; the commands start this
 * Spring application with or without the web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CopseApplication {

  /** Runs one {@code copse} command and exits with its status. */
  public static void main(String[] args) {
    int status = CopseCommand.commandLine().execute(args);
    System.exit(status);
  }
}
