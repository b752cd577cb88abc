package org.copse.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh data directory per test context, so contexts never share an index or database file. */
final class DemoDataDirectory {
  private DemoDataDirectory() {}

  static Path create(String name) {
    try {
      return Files.createTempDirectory("copse-" + name + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
