package org.copse.index.lucene.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.copse.index.IndexException;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.index.lucene.LuceneSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder fills up: the index lives on a 3 MB tmpfs (mounted here; needs root, which CI
 * has) and batches are written until one fails. The failure must be an {@link IndexException} that
 * says the disk is full; reads must keep answering from the last commit; once space returns (the
 * tmpfs is grown) the same index, not restarted, takes the failed batch and the next; nothing is
 * corrupt and everything was committed.
 */
class DiskFullIT {
  private static final Logger log = LoggerFactory.getLogger(DiskFullIT.class);

  @TempDir Path dir;

  @Test
  void aFullDiskFailsTheBatchClearlyKeepsTheLastCommitAndRecoversWhenSpaceReturns() throws Exception {
    Path mount = Files.createDirectories(dir.resolve("small-disk"));
    run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString());
    try {
      Path path = mount.resolve("index");
      LuceneSearchIndex index = LuceneSearchIndex.open(path, LuceneSettings.defaults().withRamBufferMb(16));
      int applied = 0;
      Throwable failure = null;
      while (failure == null && applied < 10_000) {
        int b = applied;
        failure = catchThrowable(() -> index.index(Batches.batch(b)));
        if (failure == null) {
          applied++;
        }
      }
      log.info("disk full after {} batches: {}", applied, String.valueOf(failure));
      assertThat(failure).isInstanceOf(IndexException.class);
      assertThat(causes(failure)).anyMatch(m -> m.contains("No space left on device"));
      assertThat(applied).as("some batches fitted").isPositive();
      long readable = countWhileFull(index);
      assertThat(readable).as("reads answer from the last commit").isBetween((long) applied * Batches.SIZE,
          (long) (applied + 1) * Batches.SIZE);

      run("mount", "-o", "remount,size=64m", mount.toString());
      // the same index takes the failed batch once space returns: no restart
      index.index(Batches.batch(applied));
      index.index(Batches.batch(applied + 1));
      assertThat(ids(index)).hasSize((applied + 2) * Batches.SIZE).doesNotHaveDuplicates();
      index.close();

      try (FSDirectory directory = FSDirectory.open(path); CheckIndex check = new CheckIndex(directory)) {
        assertThat(check.checkIndex().clean).as("nothing corrupt").isTrue();
      }
      try (LuceneSearchIndex reopened = LuceneSearchIndex.open(path)) {
        assertThat(ids(reopened)).as("all of it was committed").hasSize((applied + 2) * Batches.SIZE);
      }
    } finally {
      run("umount", "-l", mount.toString());
    }
  }

  private static long countWhileFull(LuceneSearchIndex index) {
    long[] count = {0};
    index.scan(c -> count[0]++);
    return count[0];
  }

  private static List<String> ids(LuceneSearchIndex index) {
    List<String> ids = new ArrayList<>();
    index.scan(c -> ids.add(c.id()));
    return ids;
  }

  private static List<String> causes(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return messages;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed (this test needs root, as CI has): " + output);
    }
  }
}
