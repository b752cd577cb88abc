package org.copse.ingest.job;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a run.
 *
 * @param source the source's name
 * @param phase {@code directory}, {@code items}, {@code sweep} or {@code done}
 * @param processed items handled so far (indexed + unchanged + skipped + failed)
 * @param indexed new or changed items written
 * @param unchanged items whose content had not changed
 * @param skipped items left out for bad input
 * @param failed items that failed unexpectedly
 * @param total items the source holds, or -1 when it cannot tell in advance
 * @param elapsed time since the run (or its restart) began
 */
public record IngestProgress(String source, String phase, long processed, long indexed, long unchanged, long skipped,
    long failed, long total, Duration elapsed) {

  public IngestProgress {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Items per second so far. */
  public double itemsPerSecond() {
    double seconds = elapsed.toMillis() / 1000.0;
    return seconds <= 0 ? 0 : processed / seconds;
  }

  /** The fraction done, 0 to 1, or -1 when the total is unknown. */
  public double fraction() {
    return total <= 0 ? -1 : Math.min(1.0, (double) processed / total);
  }

  /** Estimated time to finish at the current rate, or null when it cannot be estimated. */
  public @Nullable Duration eta() {
    double rate = itemsPerSecond();
    if (total < 0 || rate <= 0) {
      return null;
    }
    return Duration.ofMillis(Math.round(Math.max(0, total - processed) / rate * 1000));
  }
}
