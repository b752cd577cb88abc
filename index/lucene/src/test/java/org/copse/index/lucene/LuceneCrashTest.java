package org.copse.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.copse.index.Contribution;
import org.copse.index.IndexBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer process killed with SIGKILL in the middle of its batches leaves an index that reopens
 * at its last commit: every batch reported applied is there in full, no batch is there in part,
 * and applying all batches again completes the index without duplicates.
 */
class LuceneCrashTest {

  private static final int BATCHES = 200;
  private static final int BATCH_SIZE = 10;
  private static final int KILL_AFTER = 3;

  @TempDir
  Path dir;

  @Test
  void aKilledWriterLeavesTheLastCommitIntactAndReapplyingCompletesIt() throws Exception {
    Path index = dir.resolve("index");
    Path progress = dir.resolve("progress.txt");
    Path log = dir.resolve("child.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        CrashWriter.class.getName(), index.toString(), progress.toString(), String.valueOf(BATCHES),
        String.valueOf(BATCH_SIZE))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    int reported = awaitProgress(child, progress, log);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended").isTrue();
    reported = Math.max(reported, lines(progress));

    try (LuceneSearchIndex reopened = LuceneSearchIndex.open(index)) {
      Map<Integer, Set<String>> byBatch = batches(reopened);
      int committed = byBatch.size();
      assertThat(committed).as("batches reported applied before the kill").isGreaterThanOrEqualTo(reported);
      assertThat(committed).as("the child was killed before it finished").isLessThan(BATCHES);
      assertThat(byBatch.keySet()).as("committed batches are the first ones, in order")
          .containsExactlyElementsOf(range(committed));
      byBatch.forEach((b, ids) -> assertThat(ids).as("batch %d complete", b).hasSize(BATCH_SIZE));
      assertThat(reopened.stats().documents()).isEqualTo((long) committed * BATCH_SIZE);

      List<Contribution> all = new ArrayList<>();
      for (int b = 0; b < BATCHES; b++) {
        all.addAll(CrashWriter.batch(b, BATCH_SIZE));
      }
      reopened.apply(IndexBatch.upserts(all));
      assertThat(reopened.stats().documents()).isEqualTo((long) BATCHES * BATCH_SIZE);
      List<String> ids = new ArrayList<>();
      reopened.scan(c -> ids.add(c.id()));
      assertThat(ids).hasSize(BATCHES * BATCH_SIZE).doesNotHaveDuplicates();
    }
  }

  private static int awaitProgress(Process child, Path progress, Path log) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      int done = lines(progress);
      if (done >= KILL_AFTER) {
        return done;
      }
      if (!child.isAlive()) {
        fail("the writer ended with " + child.exitValue() + " before being killed:\n"
            + Files.readString(log));
      }
      Thread.sleep(5);
    }
    child.destroyForcibly();
    return fail("the writer reported no progress in 90 s: " + Files.readString(log));
  }

  private static int lines(Path file) throws IOException {
    return Files.exists(file) ? (int) Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count() : 0;
  }

  private static Map<Integer, Set<String>> batches(LuceneSearchIndex index) {
    Map<Integer, Set<String>> byBatch = new TreeMap<>();
    index.scan(c -> byBatch.computeIfAbsent(Integer.parseInt(c.id().split(":")[1]), b -> new HashSet<>()).add(c.id()));
    return byBatch;
  }

  private static List<Integer> range(int n) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    return list;
  }
}
