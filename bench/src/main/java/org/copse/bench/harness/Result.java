package org.copse.bench.harness;

import java.util.Arrays;
import java.util.Objects;

/**
 * One figure for one engine: the median of repeated measurements, with their range.
 *
 * @param workload which workload, such as {@code search}
 * @param metric what was measured, such as {@code FILTERED p99}
 * @param unit its unit, such as {@code ms}
 * @param engine which engine
 * @param median the median of the repeats
 * @param min the smallest repeat
 * @param max the largest repeat
 * @param repeats how many measurements the median was taken over
 */
public record Result(String workload, String metric, String unit, String engine, double median, double min,
    double max, int repeats) {

  public Result {
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(engine, "engine");
    if (repeats < 1) {
      throw new IllegalArgumentException("a result needs at least one measurement");
    }
  }

  /** The median and range of repeated measurements. */
  public static Result of(String workload, String metric, String unit, String engine, double... samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples for " + workload + " " + metric + " of " + engine);
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Result(workload, metric, unit, engine, median, sorted[0], sorted[n - 1], n);
  }
}
