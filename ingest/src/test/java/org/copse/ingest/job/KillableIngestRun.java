package org.copse.ingest.job;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The main class of the JVM that {@link IngestRestartIT} kills: runs a slow library ingest and
 * prints {@code processed N} on standard output after each chunk.
 */
public final class KillableIngestRun {
  private KillableIngestRun() {}

  public static void main(String[] args) {
    Path home = Path.of(args[0]);
    Path library = Path.of(args[1]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (IngestHarness harness = new IngestHarness(home, IngestRestartIT.CHUNK)) {
      IngestRequest request = IngestRequest.of("slow-library", library, "general").withOption("delayMs", args[2]);
      harness.service.run(request, progress -> out.println("processed " + progress.processed()));
    }
    out.println("finished");
  }
}
