package org.copse.web.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code copse serve}: runs the web application until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start the web application (search pages and the JSON API).")
final class ServeCommand implements Callable<Integer> {

  @ParentCommand
  private CopseCommand copse;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Option(names = "--demo", description = "Load the demo communities, members and contributions if the data directory is empty.")
  private boolean demo;

  @Override
  public Integer call() throws InterruptedException {
    ConfigurableApplicationContext context = SpringLauncher.web(copse.dataDir(),
        Map.of("server.port", Integer.toString(port), "copse.demo.load", Boolean.toString(demo)));
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    if (context.isActive()) {
      closed.await();
    }
    return 0;
  }
}
