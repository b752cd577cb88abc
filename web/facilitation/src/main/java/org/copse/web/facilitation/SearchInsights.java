package org.copse.web.facilitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.copse.store.Jdbc;
import org.copse.web.digest.IsoWeek;

/**
 * What people search for, per community and ISO week, without ever keeping who searched.
 *
 * <h2>Privacy rules</h2>
 * <ul>
 *   <li>Only aggregates are stored: (community, week, normalised query) → searches, distinct
 *       searchers, searches with no results and distinct searchers who got none. No row names a
 *       member, and no time finer than the week is kept.
 *   <li>Distinct searchers are counted through tokens: SHA-256 of a random salt, the community, the
 *       query and the member. The salt is made per week, kept in memory only and never written; the
 *       token table has no query, community or member column, and its rows are deleted when the week
 *       ends. (After a restart the week gets a new salt, so a member may be counted twice that week.)
 *   <li>Nothing is shown for a (community, week, query) cell seen by fewer than {@code k} distinct
 *       searchers (k-anonymity, {@link #DEFAULT_K} unless configured): not its text, not its count.
 *       Figures over several weeks add up only the cells that pass. Weekly totals below k show as 0.
 *   <li>Aggregates are kept for a limited number of weeks ({@link #DEFAULT_RETENTION_WEEKS} unless
 *       configured), then deleted with the past weeks' tokens.
 * </ul>
 *
 * <p>Thread safe; storage failures throw {@link org.copse.index.StoreException}.
 */
public final class SearchInsights {
  public static final int DEFAULT_K = 5;
  /** Two years of weekly aggregates: enough to compare a year with the one before. */
  public static final int DEFAULT_RETENTION_WEEKS = 104;

  /**
   * A query as facilitators see it.
   *
   * @param query the normalised text
   * @param searches searches over the period, from cells that pass the threshold
   * @param searchers distinct searchers, summed over those weeks
   */
  public record QueryCount(String query, long searches, long searchers) {}

  /** Searches in one week: all of them and those that found nothing, each 0 when below k. */
  public record WeekCount(String week, long searches, long noResults) {}

  private final Jdbc sql;
  private final Clock clock;
  private final int k;
  private final int retentionWeeks;
  private final SecureRandom random = new SecureRandom();
  private String saltWeek = "";
  private byte[] salt = new byte[0];

  public SearchInsights(DataSource dataSource, Clock clock, int k) {
    this(dataSource, clock, k, DEFAULT_RETENTION_WEEKS);
  }

  /**
   * @param k the k-anonymity threshold
   * @param retentionWeeks how many weeks of aggregates are kept, this week included
   */
  public SearchInsights(DataSource dataSource, Clock clock, int k, int retentionWeeks) {
    if (k < 1) {
      throw new IllegalArgumentException("the k-anonymity threshold must be at least 1, not " + k);
    }
    if (retentionWeeks < 1) {
      throw new IllegalArgumentException("search insights must be kept for at least 1 week, not " + retentionWeeks);
    }
    this.sql = new Jdbc(dataSource);
    this.clock = clock;
    this.k = k;
    this.retentionWeeks = retentionWeeks;
  }

  public int k() {
    return k;
  }

  /**
   * Counts one search in each of the given communities. Blank (after normalisation) queries are
   * not counted.
   */
  public void record(String typed, String searcherId, Collection<String> communityIds, boolean noResults) {
    String query = QueryNormaliser.normalise(typed);
    if (query.isEmpty() || communityIds.isEmpty()) {
      return;
    }
    String week = IsoWeek.containing(clock.instant()).toString();
    byte[] weekSalt = saltFor(week);
    for (String community : communityIds) {
      int newSearcher = firstTime(week, weekSalt, "searched", community, query, searcherId) ? 1 : 0;
      int noResult = noResults ? 1 : 0;
      int newNoResultSearcher = noResults && firstTime(week, weekSalt, "none", community, query, searcherId) ? 1 : 0;
      sql.upsert("count a search",
          "UPDATE search_insights SET searches = searches + 1, searchers = searchers + ?, "
              + "no_result_searches = no_result_searches + ?, no_result_searchers = no_result_searchers + ? "
              + "WHERE community_id = ? AND week = ? AND query = ?",
          new Object[] {newSearcher, noResult, newNoResultSearcher, community, week, query},
          "INSERT INTO search_insights (community_id, week, query, searches, searchers, no_result_searches, "
              + "no_result_searchers) VALUES (?, ?, ?, 1, ?, ?, ?)",
          new Object[] {community, week, query, newSearcher, noResult, newNoResultSearcher});
    }
  }

  /**
   * Adds a week's aggregate for one query, as {@link #record} would have built it (for imports and
   * demo content); the same thresholds apply when it is read.
   */
  public void importWeek(String communityId, IsoWeek week, String typed, int searches, int searchers,
      int noResultSearches, int noResultSearchers) {
    String query = QueryNormaliser.normalise(typed);
    if (query.isEmpty() || searchers > searches || noResultSearchers > noResultSearches
        || noResultSearches > searches || noResultSearchers > searchers || searchers < 0 || noResultSearchers < 0) {
      throw new IllegalArgumentException("an aggregate needs a query and 0 <= people <= searches, no-result counts "
          + "within the totals");
    }
    Object[] counts = {searches, searchers, noResultSearches, noResultSearchers, communityId, week.toString(), query};
    sql.upsert("import searches", "UPDATE search_insights SET searches = searches + ?, searchers = searchers + ?, "
            + "no_result_searches = no_result_searches + ?, no_result_searchers = no_result_searchers + ? "
            + "WHERE community_id = ? AND week = ? AND query = ?", counts,
        "INSERT INTO search_insights (searches, searchers, no_result_searches, no_result_searchers, community_id, "
            + "week, query) VALUES (?, ?, ?, ?, ?, ?, ?)", counts);
  }

  /** The most frequent searches in a community over weeks {@code from} to {@code to}, most first. */
  public List<QueryCount> topSearches(String communityId, IsoWeek from, IsoWeek to, int limit) {
    return sql.query("read top searches",
        "SELECT query, SUM(searches) AS n, SUM(searchers) AS people FROM search_insights "
            + "WHERE community_id = ? AND week >= ? AND week <= ? AND searchers >= ? "
            + "GROUP BY query ORDER BY n DESC, query LIMIT ?",
        row -> new QueryCount(row.getString("query"), row.getLong("n"), row.getLong("people")),
        communityId, from.toString(), to.toString(), k, limit);
  }

  /** The most frequent searches that found nothing, most first; same rules, counting only the empty ones. */
  public List<QueryCount> noResultSearches(String communityId, IsoWeek from, IsoWeek to, int limit) {
    return sql.query("read searches with no results",
        "SELECT query, SUM(no_result_searches) AS n, SUM(no_result_searchers) AS people FROM search_insights "
            + "WHERE community_id = ? AND week >= ? AND week <= ? AND no_result_searchers >= ? "
            + "GROUP BY query ORDER BY n DESC, query LIMIT ?",
        row -> new QueryCount(row.getString("query"), row.getLong("n"), row.getLong("people")),
        communityId, from.toString(), to.toString(), k, limit);
  }

  /** Searches per week over weeks {@code from} to {@code to}, oldest first, every week present. */
  public List<WeekCount> weekly(String communityId, IsoWeek from, IsoWeek to) {
    java.util.Map<String, long[]> byWeek = new java.util.HashMap<>();
    sql.query("read weekly searches",
        "SELECT week, SUM(searches) AS n, SUM(no_result_searches) AS none, SUM(searchers) AS people, "
            + "SUM(no_result_searchers) AS none_people FROM search_insights "
            + "WHERE community_id = ? AND week >= ? AND week <= ? GROUP BY week",
        row -> byWeek.put(row.getString("week"), new long[] {row.getLong("n"), row.getLong("none"),
            row.getLong("people"), row.getLong("none_people")}),
        communityId, from.toString(), to.toString());
    List<WeekCount> weeks = new java.util.ArrayList<>();
    for (IsoWeek week = from; week.compareTo(to) <= 0; week = week.next()) {
      long[] n = byWeek.getOrDefault(week.toString(), new long[4]);
      // summed distinct counts over queries can only over-state people, so this errs towards hiding
      weeks.add(new WeekCount(week.toString(), n[2] >= k ? n[0] : 0, n[3] >= k ? n[1] : 0));
    }
    return weeks;
  }

  /**
   * Deletes the distinct-searcher tokens of past weeks and the aggregates of weeks older than the
   * retention; returns how many rows went. Runs when a new week's first search is recorded.
   */
  public int forgetPastWeeks() {
    IsoWeek now = IsoWeek.containing(clock.instant());
    IsoWeek oldestKept = IsoWeek.of(now.monday().minusWeeks(retentionWeeks - 1L));
    // ISO week names ("2026-W07") sort as the weeks do
    return sql.update("forget past search tokens", "DELETE FROM search_insight_tokens WHERE week <> ?", now.toString())
        + sql.update("forget old search insights", "DELETE FROM search_insights WHERE week < ?", oldestKept.toString());
  }

  private boolean firstTime(String week, byte[] weekSalt, String what, String community, String query,
      String member) {
    return sql.insertIfAbsent("count a searcher", "INSERT INTO search_insight_tokens (week, token) VALUES (?, ?)",
        week, token(weekSalt, what, community, query, member));
  }

  private synchronized byte[] saltFor(String week) {
    if (!week.equals(saltWeek)) {
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      salt = fresh;
      saltWeek = week;
      forgetPastWeeks();
    }
    return salt;
  }

  static String token(byte[] salt, String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
