package org.copse.web.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2026-W48}: Monday to Sunday, UTC.
 *
 * @param year the week-based year
 * @param week 1 to 52 or 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{1,2})");

  public IsoWeek {
    if (week < 1 || week > weeksIn(year)) {
      throw new IllegalArgumentException(year + " has no ISO week " + week + "; it has 1 to " + weeksIn(year));
    }
  }

  /** Parses {@code 2026-W48}; throws {@link IllegalArgumentException} with a usable message otherwise. */
  public static IsoWeek parse(String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("a week looks like 2026-W48, not '" + text + "'");
    }
    return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The week that contains a day. */
  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The week that contains an instant, in UTC. */
  public static IsoWeek containing(Instant instant) {
    return of(instant.atZone(ZoneOffset.UTC).toLocalDate());
  }

  /** Its Monday. */
  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public IsoWeek previous() {
    return of(monday().minusWeeks(1));
  }

  public IsoWeek next() {
    return of(monday().plusWeeks(1));
  }

  @Override
  public int compareTo(IsoWeek other) {
    return monday().compareTo(other.monday());
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }

  private static int weeksIn(int year) {
    return (int) LocalDate.of(year, 12, 28).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }
}
