package org.copse.expertise.rank;

import java.time.Duration;
import java.util.Objects;

/**
 * Spreading the load of questions: an expert suggested at least {@code threshold} times within
 * {@code window} has their score multiplied by {@code penalty}, so that close peers move up. Counts
 * are kept in memory, per set of readable communities (so private suggestions never move public
 * rankings), and start afresh when the application restarts.
 *
 * @param enabled whether to spread at all (off by default, and always off in evaluation)
 * @param window how far back suggestions count
 * @param threshold suggestions within the window before the penalty applies
 * @param penalty the factor applied to an over-suggested expert's score, above 0 and at most 1
 */
public record LoadSpreading(boolean enabled, Duration window, int threshold, double penalty) {

  public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
  public static final int DEFAULT_THRESHOLD = 20;
  public static final double DEFAULT_PENALTY = 0.7;

  public LoadSpreading {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("load window must be positive, not " + window);
    }
    if (threshold < 1) {
      throw new IllegalArgumentException("load threshold must be at least 1, not " + threshold);
    }
    if (!(penalty > 0 && penalty <= 1)) {
      throw new IllegalArgumentException("load penalty must be above 0 and at most 1, not " + penalty);
    }
  }

  public static LoadSpreading off() {
    return new LoadSpreading(false, DEFAULT_WINDOW, DEFAULT_THRESHOLD, DEFAULT_PENALTY);
  }

  public static LoadSpreading on(Duration window, int threshold, double penalty) {
    return new LoadSpreading(true, window, threshold, penalty);
  }
}
