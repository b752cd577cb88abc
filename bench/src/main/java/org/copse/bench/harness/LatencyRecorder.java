package org.copse.bench.harness;

import java.util.Arrays;

/** Latencies of one run of queries, and the wall time they took. Not thread safe: one per thread. */
public final class LatencyRecorder {
  private long[] nanos = new long[1024];
  private int count;

  public void record(long latencyNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = latencyNanos;
  }

  public int count() {
    return count;
  }

  /** Merges runs of several threads into one summary over the wall time they shared. */
  public static LatencySummary summarise(long wallNanos, LatencyRecorder... recorders) {
    int total = 0;
    for (LatencyRecorder r : recorders) {
      total += r.count;
    }
    if (total == 0) {
      throw new IllegalStateException("no latencies were recorded");
    }
    long[] all = new long[total];
    int at = 0;
    for (LatencyRecorder r : recorders) {
      System.arraycopy(r.nanos, 0, all, at, r.count);
      at += r.count;
    }
    Arrays.sort(all);
    return new LatencySummary(
        millis(percentile(all, 50)), millis(percentile(all, 95)), millis(percentile(all, 99)),
        total / (wallNanos / 1e9), total);
  }

  private static long percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
