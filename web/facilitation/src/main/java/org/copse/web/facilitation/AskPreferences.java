package org.copse.web.facilitation;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether, how and how often a member may be asked to answer questions. By default nobody is.
 *
 * @param memberId the member
 * @param optedIn whether they may be asked at all
 * @param maxPerWeek the most requests in any seven days, 1 to {@link #MAX_PER_WEEK}
 * @param channel how they hear about a request
 * @param pausedUntil no requests up to and including this day; null when not paused
 */
public record AskPreferences(String memberId, boolean optedIn, int maxPerWeek, Channel channel,
    @Nullable LocalDate pausedUntil) {
  public static final int MAX_PER_WEEK = 10;
  public static final int DEFAULT_PER_WEEK = 2;

  /** How a member hears that they were asked. */
  public enum Channel {
    /** On their "asked of me" page only. */
    IN_APP,
    /** By email as well. */
    EMAIL
  }

  public AskPreferences {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(channel, "channel");
    if (maxPerWeek < 1 || maxPerWeek > MAX_PER_WEEK) {
      throw new IllegalArgumentException("requests per week must be from 1 to " + MAX_PER_WEEK + ", not " + maxPerWeek);
    }
  }

  /** Not opted in. */
  public static AskPreferences defaults(String memberId) {
    return new AskPreferences(memberId, false, DEFAULT_PER_WEEK, Channel.IN_APP, null);
  }

  /** Whether they may be asked on a day: opted in and not paused. */
  public boolean askableOn(LocalDate day) {
    return optedIn && (pausedUntil == null || day.isAfter(pausedUntil));
  }
}
