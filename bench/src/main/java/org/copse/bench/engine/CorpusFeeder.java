package org.copse.bench.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copse.bench.corpus.CorpusFile;
import org.copse.index.Contribution;

/** Feeds a corpus file to indexing threads in batches; every engine builds through this, alike. */
public final class CorpusFeeder {

  /** Indexes one batch; called from several threads at once. */
  @FunctionalInterface
  public interface BatchSink {
    void accept(List<Contribution> batch) throws IOException;
  }

  private CorpusFeeder() {}

  /** Reads the whole corpus and hands it out in batches of {@code batchSize} to {@code threads} threads. */
  public static void feed(CorpusFile corpus, int threads, int batchSize, BatchSink sink) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (CorpusFile.Reader reader = corpus.open()) {
      List<Future<Void>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (List<Contribution> batch = reader.nextBatch(batchSize); !batch.isEmpty(); batch = reader.nextBatch(batchSize)) {
            sink.accept(batch);
          }
          return null;
        }));
      }
      for (Future<Void> future : futures) {
        future.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
