package org.copse.web.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The stretch of time one digest covers: UTC days from {@code start} (included) to {@code end}
 * (excluded).
 *
 * @param frequency {@link Frequency#WEEKLY} or {@link Frequency#DAILY}
 * @param start first day included
 * @param end first day no longer included
 * @param key a stable name, {@code 2026-W48} or {@code 2026-11-26}: the delivery record's key
 */
public record DigestPeriod(Frequency frequency, LocalDate start, LocalDate end, String key) {
  public DigestPeriod {
    Objects.requireNonNull(frequency, "frequency");
    if (frequency == Frequency.OFF) {
      throw new IllegalArgumentException("a digest period is weekly or daily");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("period end " + end + " must be after its start " + start);
    }
    Objects.requireNonNull(key, "key");
  }

  public static DigestPeriod weekly(IsoWeek week) {
    return new DigestPeriod(Frequency.WEEKLY, week.monday(), week.monday().plusWeeks(1), week.toString());
  }

  public static DigestPeriod daily(LocalDate day) {
    return new DigestPeriod(Frequency.DAILY, day, day.plusDays(1), day.toString());
  }

  public Instant startInstant() {
    return start.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Instant endInstant() {
    return end.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(startInstant()) && instant.isBefore(endInstant());
  }

  /** Words for an email subject or heading: "week 2026-W48" or "2026-11-26". */
  public String label() {
    return frequency == Frequency.WEEKLY ? "week " + key : key;
  }
}
