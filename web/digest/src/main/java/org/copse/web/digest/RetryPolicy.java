package org.copse.web.digest;

import java.time.Duration;

/**
 * How transient sending failures are retried: within one run, {@code attemptsPerRun} tries with
 * exponential backoff from {@code initialBackoff}; across runs, at most {@code maxAttempts} runs
 * start sending to one member for one period.
 */
public record RetryPolicy(int attemptsPerRun, Duration initialBackoff, double multiplier, int maxAttempts) {
  public static final RetryPolicy DEFAULTS = new RetryPolicy(3, Duration.ofSeconds(2), 2.0, 5);

  public RetryPolicy {
    if (attemptsPerRun < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    if (initialBackoff.isNegative() || multiplier < 1) {
      throw new IllegalArgumentException("backoff must not be negative and the multiplier at least 1");
    }
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  public Duration backoff(int retry) {
    return Duration.ofMillis(Math.round(initialBackoff.toMillis() * Math.pow(multiplier, retry - 1)));
  }
}
