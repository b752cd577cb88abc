package org.copse.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.copse.index.Contribution;
import org.copse.index.IndexBatch;
import org.jspecify.annotations.Nullable;

/**
 * Hands a batch to the {@link IndexWriter}: deletes first, then one update per id (the last
 * version of an id in the batch wins), spread over several threads for large batches, since
 * analysis is the bulk of indexing cost and the writer is thread safe. Commits are the caller's.
 */
final class BatchWriter {

  /** Batches smaller than this are written on the calling thread. */
  static final int PARALLEL_FROM = 256;

  private final IndexWriter writer;
  private final int threads;
  private final @Nullable ExecutorService pool;

  BatchWriter(IndexWriter writer, int threads) {
    this.writer = writer;
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
      Thread t = new Thread(r, "copse-lucene-indexer-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  void write(IndexBatch batch) throws IOException {
    for (String id : batch.deletes()) {
      writer.deleteDocuments(new Term(Fields.ID, id));
    }
    List<Contribution> upserts = lastVersions(batch.upserts());
    if (pool == null || upserts.size() < PARALLEL_FROM) {
      update(upserts, 0, 1);
      return;
    }
    List<Future<?>> parts = new ArrayList<>();
    for (int part = 1; part < threads; part++) {
      int first = part;
      parts.add(pool.submit(() -> {
        update(upserts, first, threads);
        return null;
      }));
    }
    update(upserts, 0, threads);
    await(parts);
  }

  /** Stops the indexing threads; the writer is the caller's to close. */
  void close() {
    if (pool != null) {
      pool.shutdown();
      try {
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
          pool.shutdownNow();
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  private void update(List<Contribution> upserts, int first, int step) throws IOException {
    for (int i = first; i < upserts.size(); i += step) {
      Contribution c = upserts.get(i);
      writer.updateDocument(new Term(Fields.ID, c.id()), ContributionDocuments.toDocument(c));
    }
  }

  private static void await(List<Future<?>> parts) throws IOException {
    try {
      for (Future<?> part : parts) {
        part.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing a batch", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException("indexing a batch failed", e.getCause());
    }
  }

  /** One contribution per id, the batch's last version, in first-seen order. */
  private static List<Contribution> lastVersions(List<Contribution> upserts) {
    Map<String, Contribution> byId = new LinkedHashMap<>();
    upserts.forEach(c -> byId.put(c.id(), c));
    return byId.size() == upserts.size() ? upserts : new ArrayList<>(byId.values());
  }
}
