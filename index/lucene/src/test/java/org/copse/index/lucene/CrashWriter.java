package org.copse.index.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;

/**
 * Run in a child JVM by {@link LuceneCrashTest}: writes numbered batches to an index and, after
 * each {@code apply} returns, appends the batch number to a progress file, until it is killed.
 * Arguments: index directory, progress file, batch count, batch size.
 */
public final class CrashWriter {

  private CrashWriter() {}

  public static void main(String[] args) throws IOException {
    Path index = Path.of(args[0]);
    Path progress = Path.of(args[1]);
    int batches = Integer.parseInt(args[2]);
    int size = Integer.parseInt(args[3]);
    try (LuceneSearchIndex writer = LuceneSearchIndex.open(index, LuceneSettings.defaults().withRamBufferMb(16))) {
      for (int b = 0; b < batches; b++) {
        writer.index(batch(b, size));
        Files.writeString(progress, b + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND,
            StandardOpenOption.SYNC);
      }
    }
  }

  /** Batch {@code b}: {@code size} contributions with ids {@code crash:b:i}. */
  static List<Contribution> batch(int b, int size) {
    List<Contribution> batch = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      batch.add(Contribution.builder("crash:" + b + ":" + i, ContributionKind.FORUM_ANSWER, "housing")
          .title("Gritting rota, batch " + b + " item " + i)
          .body("Crews on the night shift grit priority routes " + b + " when frost is forecast. "
              + "Pavements near schools and surgeries come next.")
          .contributor("m-crew-" + (i % 5), ContributorRole.ANSWERER)
          .created(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(b * 100L + i))
          .contentHash("crash-" + b + "-" + i)
          .build());
    }
    return batch;
  }
}
