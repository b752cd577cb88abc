package org.copse.index.elasticsearch.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unpacked Elasticsearch home with the Copse analysis plugin installed, in a fresh temporary
 * folder that every user can read (the repository may sit in a folder {@code nobody} cannot enter).
 * One per test JVM; nodes share it and keep their config, data and logs in folders of their own.
 */
public final class ElasticsearchDistribution {
  private static final Logger log = LoggerFactory.getLogger(ElasticsearchDistribution.class);
  private static final Duration PLUGIN_INSTALL_TIMEOUT = Duration.ofMinutes(2);
  private static volatile ElasticsearchDistribution shared;

  private final Path base;
  private final Path home;
  private final Path javaHome;

  private ElasticsearchDistribution(Path base, Path home, Path javaHome) {
    this.base = base;
    this.home = home;
    this.javaHome = javaHome;
  }

  /** The distribution for this JVM, prepared on first use and deleted when the JVM exits. */
  public static ElasticsearchDistribution shared() {
    ElasticsearchDistribution current = shared;
    if (current == null) {
      synchronized (ElasticsearchDistribution.class) {
        current = shared;
        if (current == null) {
          current = prepare(requiredFile("copse.es.distribution"), requiredFile("copse.es.plugin"));
          shared = current;
          Path toDelete = current.base;
          Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(toDelete), "es-distribution-cleanup"));
        }
      }
    }
    return current;
  }

  /** The Elasticsearch home (bin, lib, modules, plugins, and a config to copy from). */
  public Path home() {
    return home;
  }

  /** The Java that runs Elasticsearch: {@code ES_JAVA_HOME} if set, else this JVM's. */
  public Path javaHome() {
    return javaHome;
  }

  /** A new empty folder under the distribution's temporary base, readable by every user. */
  Path newFolder(String prefix) {
    try {
      Path dir = Files.createTempDirectory(base, prefix);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a node folder under " + base, e);
    }
  }

  private static ElasticsearchDistribution prepare(Path zip, Path pluginZip) {
    long start = System.nanoTime();
    try {
      Path base = Files.createTempDirectory("copse-es-");
      Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path home = unzip(zip, base);
      Path javaHome = configuredJavaHome();
      installPlugin(home, javaHome, pluginZip);
      log.info("Elasticsearch distribution ready in {} ({} ms)", home, (System.nanoTime() - start) / 1_000_000);
      return new ElasticsearchDistribution(base, home, javaHome);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Elasticsearch from " + zip, e);
    }
  }

  /** Unpacks the zip; scripts in bin/ become executable (zip entries carry no mode we can read). */
  private static Path unzip(Path zip, Path target) throws IOException {
    Path top = null;
    try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("zip entry escapes the target folder: " + entry.getName());
        }
        if (top == null) {
          top = target.resolve(target.relativize(out).getName(0));
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
        boolean executable = out.getParent().getFileName().toString().equals("bin");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    if (top == null || !Files.isExecutable(top.resolve("bin/elasticsearch"))) {
      throw new IOException(zip + " is not an Elasticsearch distribution");
    }
    return top;
  }

  private static void installPlugin(Path home, Path javaHome, Path pluginZip) throws IOException {
    List<String> command = List.of(home.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
        pluginZip.toUri().toString());
    Path output = home.resolve("logs/plugin-install.log");
    Files.createDirectories(output.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
        .redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().putAll(Map.of("ES_JAVA_HOME", javaHome.toString()));
    Process process = builder.start();
    try {
      if (!process.waitFor(PLUGIN_INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("plugin install did not finish within " + PLUGIN_INSTALL_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while installing the analysis plugin", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException("plugin install exited with " + process.exitValue() + ": " + Files.readString(output));
    }
  }

  private static Path configuredJavaHome() {
    String configured = System.getenv("ES_JAVA_HOME");
    return Path.of(configured != null && !configured.isBlank() ? configured : System.getProperty("java.home"));
  }

  private static Path requiredFile(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set: run the Elasticsearch ITs"
          + " through Maven (mvn verify), which copies the server and plugin into target/elasticsearch");
    }
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(property + " points at " + path + ", which does not exist");
    }
    return path;
  }

  static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    List<IOException> failures = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          failures.add(e);
        }
      });
    } catch (IOException e) {
      failures.add(e);
    }
    if (!failures.isEmpty()) {
      // at JVM exit a logger may be gone; the folder is under the temp dir, so the OS cleans it later
      log.warn("could not delete {} entries under {}, first: {}", failures.size(), dir, failures.get(0).toString());
    }
  }
}
