package org.copse.expertise.rank;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.copse.index.query.UserQuery;

/** Narrows an evidence query to what existed before an instant. */
public final class TimeSlice {

  private TimeSlice() {}

  /**
   * The query with its {@code before} day moved to the day after the instant (days are the finest
   * the query syntax knows); callers then drop hits created at or after the instant itself.
   */
  public static UserQuery before(UserQuery query, Instant instant) {
    LocalDate dayAfter = LocalDate.ofInstant(instant, ZoneOffset.UTC).plusDays(1);
    LocalDate before = query.before() == null || query.before().isAfter(dayAfter) ? dayAfter : query.before();
    return new UserQuery(query.required(), query.excluded(), query.filters(), query.after(), before, query.text());
  }
}
