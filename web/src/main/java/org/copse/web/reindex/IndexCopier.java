package org.copse.web.reindex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.copse.index.Contribution;
import org.copse.index.IndexBatch;
import org.copse.index.SearchIndex;

/**
 * Copies every contribution of one index into another, in batches, through the ports only (so any
 * backend can be the source or the target). Writes are idempotent by id: a copy cut short is
 * completed by running it again. Contributions the target already has and the source lacks are left.
 */
public final class IndexCopier {
  /** Contributions per {@link SearchIndex#apply} call when none is given. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  private final int batchSize;

  public IndexCopier(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /**
   * Copies all of {@code source} into {@code target}.
   *
   * @param progress told the running count after each batch is applied
   * @return how many contributions were copied
   */
  public long copy(SearchIndex source, SearchIndex target, LongConsumer progress) {
    if (source == target) {
      throw new IllegalArgumentException("source and target are the same index");
    }
    List<Contribution> batch = new ArrayList<>(batchSize);
    long[] copied = {0};
    source.scan(contribution -> {
      batch.add(contribution);
      if (batch.size() == batchSize) {
        copied[0] += flush(batch, target);
        progress.accept(copied[0]);
      }
    });
    if (!batch.isEmpty()) {
      copied[0] += flush(batch, target);
      progress.accept(copied[0]);
    }
    return copied[0];
  }

  private static int flush(List<Contribution> batch, SearchIndex target) {
    int size = batch.size();
    target.apply(IndexBatch.upserts(List.copyOf(batch)));
    batch.clear();
    return size;
  }
}
