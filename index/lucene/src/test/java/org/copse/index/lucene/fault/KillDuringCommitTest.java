package org.copse.index.lucene.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.copse.index.Contribution;
import org.copse.index.IndexBatch;
import org.copse.index.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A writer JVM is killed with SIGKILL at seeded random moments, again and again on the same index
 * — so some kills land inside a commit, some between, some while segments merge. After each kill
 * the index must pass Lucene's {@link CheckIndex}, reopen at its last commit with every batch
 * reported applied present in full and no batch in part, and accept the next writer. At the end,
 * applying every batch again from the source of truth (as an ingest resume does) completes the
 * index without duplicates. Complements {@code LuceneCrashTest}, which kills once at a set point.
 */
class KillDuringCommitTest {
  private static final Logger log = LoggerFactory.getLogger(KillDuringCommitTest.class);
  private static final int KILLS = 4;
  private static final int BATCHES = 400;

  @TempDir Path dir;

  @Test
  void anIndexKilledAtRandomMomentsAlwaysReopensAtItsLastCommit() throws Exception {
    long seed = Long.getLong("copse.test.seed", System.nanoTime());
    log.info("KillDuringCommitTest seed {} (rerun with -Dcopse.test.seed={})", seed, seed);
    Random random = new Random(seed);
    Path index = dir.resolve("index");
    int committed = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Path progress = dir.resolve("progress-" + kill + ".txt");
      Process child = start(index, progress, committed);
      // from the first batch on the writer is warm and commits every few milliseconds
      awaitFirstBatch(child, progress);
      long delay = random.nextInt(400);
      Thread.sleep(delay);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int reported = reportedBatches(progress).size();

      try (FSDirectory directory = FSDirectory.open(index)) {
        if (DirectoryReader.indexExists(directory)) {
          try (CheckIndex check = new CheckIndex(directory)) {
            assertThat(check.checkIndex().clean).as("CheckIndex after kill %d (seed %d)", kill, seed).isTrue();
          }
        } else {
          throw new AssertionError("kill " + kill + ": no commit left, though " + reported + " batches were reported");
        }
      }
      try (LuceneSearchIndex reopened = LuceneSearchIndex.open(index)) {
        Map<Integer, Set<String>> byBatch = Batches.inIndex(reopened);
        int now = byBatch.size();
        log.info("kill {} {} ms after the first batch: {} batches reported by the writer, {} in the index", kill, delay, reported,
            now - committed);
        assertThat(now - committed).as("kill %d: reported batches are there (seed %d)", kill, seed)
            .isGreaterThanOrEqualTo(reported);
        assertThat(byBatch.keySet()).as("kill %d: the first batches, in order", kill).containsExactlyElementsOf(range(now));
        byBatch.forEach((b, ids) -> assertThat(ids).as("batch %d is all there or not at all", b).hasSize(Batches.SIZE));
        committed = now;
      }
    }
    assertThat(committed).as("the writers got somewhere").isPositive().isLessThan(BATCHES);

    try (LuceneSearchIndex index2 = LuceneSearchIndex.open(index)) {
      List<Contribution> truth = new ArrayList<>();
      for (int b = 0; b < BATCHES; b++) {
        truth.addAll(Batches.batch(b));
      }
      index2.apply(IndexBatch.upserts(truth));
      List<String> ids = new ArrayList<>();
      index2.scan(c -> ids.add(c.id()));
      assertThat(ids).hasSize(BATCHES * Batches.SIZE).doesNotHaveDuplicates();
    }
  }

  private Process start(Path index, Path progress, int from) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx192m", "-cp", System.getProperty("java.class.path"),
        FaultWriter.class.getName(), index.toString(), progress.toString(), Integer.toString(from),
        Integer.toString(BATCHES))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  private void awaitFirstBatch(Process child, Path progress) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!(Files.exists(progress) && !reportedBatches(progress).isEmpty())) {
      if (!child.isAlive() || Instant.now().isAfter(deadline)) {
        child.destroyForcibly();
        throw new AssertionError("the writer applied no batch:\n" + Files.readString(dir.resolve("child.log")));
      }
      Thread.sleep(5);
    }
  }

  private static List<String> reportedBatches(Path progress) throws IOException {
    return Files.readAllLines(progress).stream().filter(l -> !l.isBlank() && !l.equals("open")).toList();
  }

  private static List<Integer> range(int n) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    return list;
  }
}
