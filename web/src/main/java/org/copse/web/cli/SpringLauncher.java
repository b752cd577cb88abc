package org.copse.web.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copse.web.CopseApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Copse Spring application for a command, with the command's settings taking precedence. */
final class SpringLauncher {
  private SpringLauncher() {}

  /**
   * Starts the web application on a port; it runs until the process is stopped.
   *
   * @param settings further {@code name=value} settings, such as {@code copse.demo.load}
   */
  static ConfigurableApplicationContext web(Path dataDir, Map<String, String> settings) {
    return new SpringApplicationBuilder(CopseApplication.class)
        .web(WebApplicationType.SERVLET)
        .run(arguments(dataDir, settings));
  }

  /**
   * Starts the application without the web server, quietly (only warnings from Copse, errors from
   * libraries), for a command that prints its own output.
   */
  static ConfigurableApplicationContext quiet(Path dataDir, Map<String, String> settings) {
    return new SpringApplicationBuilder(CopseApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(arguments(dataDir, settings, Map.of("logging.level.root", "ERROR", "logging.level.org.copse", "WARN",
            // a failed start is reported by CommandFailureHandler, without the stack trace
            "logging.level.org.springframework.boot.SpringApplication", "OFF")));
  }

  /** Settings as command-line arguments, which outrank application.yml. */
  @SafeVarargs
  private static String[] arguments(Path dataDir, Map<String, String>... settings) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--copse.data-dir=" + dataDir);
    for (Map<String, String> group : settings) {
      group.forEach((name, value) -> arguments.add("--" + name + "=" + value));
    }
    return arguments.toArray(String[]::new);
  }
}
