package org.copse.bench.harness;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times a list of operations on one or more threads. Each thread runs the whole list, starting at
 * its own offset so that threads do not ask the same thing at the same moment; throughput is all
 * operations over the shared wall time.
 */
public final class QueryTimer {

  /** One timed operation. */
  @FunctionalInterface
  public interface Operation<T> {
    void run(T input) throws IOException;
  }

  private QueryTimer() {}

  public static <T> LatencySummary time(List<T> inputs, int threads, Operation<T> operation) throws IOException {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("nothing to time");
    }
    if (threads == 1) {
      LatencyRecorder recorder = new LatencyRecorder();
      long start = System.nanoTime();
      runAll(inputs, 0, operation, recorder);
      return LatencyRecorder.summarise(System.nanoTime() - start, recorder);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<LatencyRecorder>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * inputs.size() / threads;
        futures.add(pool.submit(() -> {
          LatencyRecorder recorder = new LatencyRecorder();
          ready.countDown();
          go.await();
          runAll(inputs, offset, operation, recorder);
          return recorder;
        }));
      }
      ready.await();
      long start = System.nanoTime();
      go.countDown();
      LatencyRecorder[] recorders = new LatencyRecorder[threads];
      for (int t = 0; t < threads; t++) {
        recorders[t] = futures.get(t).get();
      }
      return LatencyRecorder.summarise(System.nanoTime() - start, recorders);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("a timed operation failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while timing", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> void runAll(List<T> inputs, int offset, Operation<T> operation, LatencyRecorder recorder)
      throws IOException {
    int n = inputs.size();
    for (int i = 0; i < n; i++) {
      T input = inputs.get((offset + i) % n);
      long start = System.nanoTime();
      operation.run(input);
      recorder.record(System.nanoTime() - start);
    }
  }
}
