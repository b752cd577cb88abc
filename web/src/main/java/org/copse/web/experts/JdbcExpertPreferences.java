package org.copse.web.experts;

import javax.sql.DataSource;
import org.copse.expertise.rank.ExpertPreferences;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Members' expertise opt-outs in the {@code expertise_opt_out} table (migration V4): a row with an
 * empty community id opts the member out entirely; a row with a community id keeps that community's
 * contributions out of their expertise. Read on every call, so a change counts from the next ranking.
 */
public final class JdbcExpertPreferences implements ExpertPreferences {
  /** The community id of a whole-member opt-out. */
  static final String EVERYWHERE = "";

  private final JdbcTemplate jdbc;

  public JdbcExpertPreferences(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public boolean optedOut(String memberId) {
    return exists(memberId, EVERYWHERE);
  }

  @Override
  public boolean optedOut(String memberId, String communityId) {
    return exists(memberId, EVERYWHERE) || exists(memberId, communityId);
  }

  /** Opts a member out of being suggested entirely (empty community) or for one community. */
  public void optOut(String memberId, String communityId) {
    if (!exists(memberId, communityId)) {
      jdbc.update("INSERT INTO expertise_opt_out (member_id, community_id) VALUES (?, ?)", memberId, communityId);
    }
  }

  /** Removes an opt-out; nothing happens when there was none. */
  public void optIn(String memberId, String communityId) {
    jdbc.update("DELETE FROM expertise_opt_out WHERE member_id = ? AND community_id = ?", memberId, communityId);
  }

  private boolean exists(String memberId, String communityId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM expertise_opt_out WHERE member_id = ? AND community_id = ?",
        Integer.class, memberId, communityId);
    return count != null && count > 0;
  }
}
