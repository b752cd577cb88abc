package org.copse.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM runs the job and is killed (SIGKILL, as {@code kill -9}) part way; the job is then run
 * again here. It must resume the same run from the last committed chunk and end with every item
 * exactly once in the index and the store.
 */
class IngestRestartIT {
  static final int CHUNK = 5;
  private static final int FILES = 60;
  private static final int KILL_AFTER = 20;
  private static final Logger log = LoggerFactory.getLogger(IngestRestartIT.class);

  @TempDir Path home;

  @Test
  void killedRunResumesFromItsLastCommittedChunkWithEveryItemOnce() throws Exception {
    Path library = Files.createDirectories(home.resolve("library"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(library.resolve(String.format("note-%03d.txt", i)), "Meeting note " + i + " about bridges.");
    }

    long processedBeforeKill = runAndKill(library);
    assertThat(processedBeforeKill).isBetween((long) KILL_AFTER, (long) FILES - 1);

    try (IngestHarness harness = new IngestHarness(home, CHUNK)) {
      IngestReport report = harness.service.run(
          IngestRequest.of("slow-library", library, "general").withOption("delayMs", "0"), ProgressListener.none());

      assertThat(report.completed()).as(report.summary()).isTrue();
      assertThat(report.read()).isEqualTo(FILES);
      assertThat(report.indexed()).as("counted once across the kill").isEqualTo(FILES);
      assertThat(report.unchanged()).as("resumed the same run, not a new one").isZero();
      assertThat(report.extract().documents()).as("only what was not committed is done again")
          .isLessThanOrEqualTo(FILES - processedBeforeKill + CHUNK);
      assertThat(harness.store.count()).isEqualTo(FILES);
      assertThat(harness.index.stats().documents()).isEqualTo(FILES);
      List<String> ids = new java.util.ArrayList<>();
      harness.index.scan(c -> ids.add(c.id()));
      assertThat(ids).doesNotHaveDuplicates().hasSize(FILES);

      IngestReport again = harness.service.run(IngestRequest.of("slow-library", library, "general")
          .withOption("delayMs", "0"), ProgressListener.none());
      assertThat(again.runId()).isNotEqualTo(report.runId());
      assertThat(again.unchanged()).isEqualTo(FILES);
      assertThat(again.indexed()).isZero();
    }
  }

  /** Starts the job in a new JVM, kills it once it has written {@link #KILL_AFTER} items, returns how many. */
  private long runAndKill(Path library) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        KillableIngestRun.class.getName(), home.toString(), library.toString(), "60")
        .redirectError(home.resolve("child.log").toFile())
        .start();
    long processed = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("processed ")) {
          processed = Long.parseLong(line.substring("processed ".length()));
          if (processed >= KILL_AFTER) {
            child.destroyForcibly();
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    log.info("killed the ingest JVM after {} items (exit {})", processed, child.exitValue());
    assertThat(child.exitValue()).as("killed, not finished; see %s", home.resolve("child.log")).isEqualTo(137);
    return processed;
  }
}
