package org.copse.web.facilitation;

import javax.sql.DataSource;
import org.copse.store.Jdbc;

/**
 * Members' {@link AskPreferences} in table {@code ask_preferences}; a member without a row has the
 * defaults (not opted in). Thread safe; a save is visible to the next read.
 */
public final class AskPreferencesStore {
  private final Jdbc sql;

  public AskPreferencesStore(DataSource dataSource) {
    this.sql = new Jdbc(dataSource);
  }

  public AskPreferences get(String memberId) {
    return sql.queryOne("read ask preferences",
        "SELECT opted_in, max_per_week, channel, paused_until FROM ask_preferences WHERE member_id = ?",
        row -> new AskPreferences(memberId, row.getBoolean("opted_in"), row.getInt("max_per_week"),
            AskPreferences.Channel.valueOf(row.getString("channel")), Jdbc.day(row, "paused_until")),
        memberId).orElseGet(() -> AskPreferences.defaults(memberId));
  }

  public void save(AskPreferences p) {
    sql.upsert("save ask preferences",
        "UPDATE ask_preferences SET opted_in = ?, max_per_week = ?, channel = ?, paused_until = ? WHERE member_id = ?",
        new Object[] {p.optedIn(), p.maxPerWeek(), p.channel().name(), p.pausedUntil(), p.memberId()},
        "INSERT INTO ask_preferences (opted_in, max_per_week, channel, paused_until, member_id) VALUES (?, ?, ?, ?, ?)",
        new Object[] {p.optedIn(), p.maxPerWeek(), p.channel().name(), p.pausedUntil(), p.memberId()});
  }
}
