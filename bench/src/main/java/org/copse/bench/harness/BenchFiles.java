package org.copse.bench.harness;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Files the build puts beside the bench's classes or jar ({@code bench/target}). */
public final class BenchFiles {
  private BenchFiles() {}

  /** A path under {@code bench/target}, such as {@code app/copse.jar}. */
  public static Path beside(String relative) {
    try {
      Path location = Path.of(BenchFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.getParent().resolve(relative);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the bench's classes", e);
    }
  }
}
