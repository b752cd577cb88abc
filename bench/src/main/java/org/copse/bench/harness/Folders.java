package org.copse.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Disk use of index folders. */
public final class Folders {
  private Folders() {}

  /** Bytes of every regular file under the folder. */
  public static long size(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      long total = 0;
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        total += Files.size(path);
      }
      return total;
    }
  }
}
