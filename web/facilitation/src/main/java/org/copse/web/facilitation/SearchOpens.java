package org.copse.web.facilitation;

import java.time.Clock;
import javax.sql.DataSource;
import org.copse.store.Jdbc;
import org.copse.web.digest.IsoWeek;

/**
 * How often contributions are opened from a search page, per ISO week, in table {@code search_opens}.
 * Who opened them is never known here. Thread safe.
 */
public final class SearchOpens {
  private final Jdbc sql;
  private final Clock clock;

  public SearchOpens(DataSource dataSource, Clock clock) {
    this.sql = new Jdbc(dataSource);
    this.clock = clock;
  }

  /** Counts one opening of a contribution from search results, in the current week. */
  public void record(String contributionId) {
    record(contributionId, IsoWeek.containing(clock.instant()), 1);
  }

  /** Adds {@code opens} openings in a given week (for imports and demo content). */
  public void record(String contributionId, IsoWeek week, int opens) {
    sql.upsert("count an opening", "UPDATE search_opens SET opens = opens + ? WHERE contribution_id = ? AND week = ?",
        new Object[] {opens, contributionId, week.toString()},
        "INSERT INTO search_opens (contribution_id, week, opens) VALUES (?, ?, ?)",
        new Object[] {contributionId, week.toString(), opens});
  }
}
