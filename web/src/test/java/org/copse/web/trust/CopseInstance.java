package org.copse.web.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.copse.web.CopseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running Copse application on a random loopback port with its own data directory (real H2
 * file database, real index), started programmatically so that a test can run two side by side.
 */
final class CopseInstance implements AutoCloseable {
  /** The same signing key everywhere, so that unsubscribe links do not differ between fixtures. */
  static final String SIGNING_KEY = "trust-suite-signing-key-0123456789abcdef";

  private final ConfigurableApplicationContext context;
  private final Path dataDir;

  private CopseInstance(ConfigurableApplicationContext context, Path dataDir) {
    this.context = context;
    this.dataDir = dataDir;
  }

  /** Starts Copse with the demo content and the given extra properties. */
  static CopseInstance start(String name, Map<String, String> extra) {
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("copse-trust-" + name + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("copse.data-dir", dataDir.toString());
    properties.put("copse.demo.load", "true");
    properties.put("copse.digest.cron", "-");
    properties.put("copse.digest.signing-key", SIGNING_KEY);
    properties.put("copse.ingest.enrichment.enabled", "false");
    properties.put("server.port", "0");
    properties.put("spring.jmx.enabled", "false");
    properties.putAll(extra);
    // as command-line arguments: default properties would lose to application.yml
    String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(CopseApplication.class).run(arguments);
    return new CopseInstance(context, dataDir);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  int port() {
    return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  Browser browser() {
    return new Browser("http://127.0.0.1:" + port());
  }

  Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    context.close();
  }
}
