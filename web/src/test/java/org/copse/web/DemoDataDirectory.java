package org.copse.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh data directory per test context, so contexts never share an index or database file.
 * Removed when the test JVM exits (Spring keeps contexts open until then).
 */
public final class DemoDataDirectory {
  private static final Logger log = LoggerFactory.getLogger(DemoDataDirectory.class);

  private DemoDataDirectory() {}

  public static Path create(String name) {
    try {
      Path directory = Files.createTempDirectory("copse-" + name + "-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      log.warn("could not remove test data directory {}", directory, e);
    }
  }
}
