package org.copse.index.lucene.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.index.lucene.LuceneSettings;

/**
 * Run in a child JVM by {@link KillDuringCommitTest}: opens the index, writes "open" to the progress
 * file, then applies batches {@code from} to {@code to} (exclusive), appending each batch's number
 * once {@code apply} has returned, until it is killed. Arguments: index, progress file, from, to.
 */
public final class FaultWriter {
  private FaultWriter() {}

  public static void main(String[] args) throws IOException {
    Path progress = Path.of(args[1]);
    try (LuceneSearchIndex index = LuceneSearchIndex.open(Path.of(args[0]),
        LuceneSettings.defaults().withRamBufferMb(16))) {
      Files.writeString(progress, "open\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
      for (int b = Integer.parseInt(args[2]); b < Integer.parseInt(args[3]); b++) {
        index.index(Batches.batch(b));
        Files.writeString(progress, b + "\n", StandardOpenOption.APPEND, StandardOpenOption.SYNC);
      }
    }
  }
}
