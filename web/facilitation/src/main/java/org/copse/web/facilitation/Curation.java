package org.copse.web.facilitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.copse.store.Jdbc;

/**
 * Facilitators' curation: contributions marked as good practice, and results pinned for a query in a
 * community (tables {@code good_practice}, {@code pinned_results}). Callers check that the facilitator
 * may act for the community and that the contribution belongs to it.
 *
 * <p>Thread safe. Searches read a {@link Snapshot} kept in memory, reloaded after every write here and
 * at most {@link #RELOAD_AFTER} after a write by another node.
 */
public final class Curation {
  static final Duration RELOAD_AFTER = Duration.ofSeconds(30);

  /** A good-practice mark. */
  public record Mark(String contributionId, String communityId, String markedBy, Instant markedAt) {}

  /** A pinned result: {@code contributionId} first for {@code query} in {@code communityId}. */
  public record Pin(String communityId, String query, String contributionId, String pinnedBy, Instant pinnedAt) {}

  /**
   * What search re-ranking needs.
   *
   * @param goodPractice marked contribution ids
   * @param pins normalised query → community id → pinned contribution id
   */
  public record Snapshot(Set<String> goodPractice, Map<String, Map<String, String>> pins) {
    public static final Snapshot EMPTY = new Snapshot(Set.of(), Map.of());

    public Snapshot {
      goodPractice = Set.copyOf(goodPractice);
      pins = Map.copyOf(pins);
    }

    public boolean isEmpty() {
      return goodPractice.isEmpty() && pins.isEmpty();
    }
  }

  private final Jdbc sql;
  private final Clock clock;
  private volatile Snapshot snapshot = Snapshot.EMPTY;
  private volatile Instant loaded = Instant.MIN;

  public Curation(DataSource dataSource, Clock clock) {
    this.sql = new Jdbc(dataSource);
    this.clock = clock;
  }

  public void markGoodPractice(String contributionId, String communityId, String by) {
    sql.upsert("mark good practice", "UPDATE good_practice SET community_id = ?, marked_by = ?, marked_at = ? "
            + "WHERE contribution_id = ?", new Object[] {communityId, by, clock.instant(), contributionId},
        "INSERT INTO good_practice (community_id, marked_by, marked_at, contribution_id) VALUES (?, ?, ?, ?)",
        new Object[] {communityId, by, clock.instant(), contributionId});
    reload();
  }

  public void unmarkGoodPractice(String contributionId) {
    sql.update("unmark good practice", "DELETE FROM good_practice WHERE contribution_id = ?", contributionId);
    reload();
  }

  /** A community's good-practice marks, newest first. */
  public List<Mark> goodPractice(String communityId) {
    return sql.query("read good practice", "SELECT contribution_id, community_id, marked_by, marked_at FROM good_practice "
        + "WHERE community_id = ? ORDER BY marked_at DESC, contribution_id", Curation::mark, communityId);
  }

  /** Marks made in {@code [from, to)}, newest first, in every community (the digest filters by reader). */
  public List<Mark> markedBetween(Instant from, Instant to) {
    return sql.query("read recent good practice", "SELECT contribution_id, community_id, marked_by, marked_at "
        + "FROM good_practice WHERE marked_at >= ? AND marked_at < ? ORDER BY marked_at DESC, contribution_id",
        Curation::mark, from, to);
  }

  /** Pins a result for a query (normalised here) in a community, replacing any pin of that query there. */
  public Pin pin(String communityId, String typedQuery, String contributionId, String by) {
    String query = QueryNormaliser.normalise(typedQuery);
    if (query.isEmpty()) {
      throw new IllegalArgumentException("a pinned query needs at least one word");
    }
    Instant now = clock.instant();
    sql.upsert("pin a result", "UPDATE pinned_results SET contribution_id = ?, pinned_by = ?, pinned_at = ? "
            + "WHERE community_id = ? AND query = ?", new Object[] {contributionId, by, now, communityId, query},
        "INSERT INTO pinned_results (contribution_id, pinned_by, pinned_at, community_id, query) VALUES (?, ?, ?, ?, ?)",
        new Object[] {contributionId, by, now, communityId, query});
    reload();
    return new Pin(communityId, query, contributionId, by, now);
  }

  public void unpin(String communityId, String typedQuery) {
    sql.update("unpin a result", "DELETE FROM pinned_results WHERE community_id = ? AND query = ?", communityId,
        QueryNormaliser.normalise(typedQuery));
    reload();
  }

  /** A community's pins, by query. */
  public List<Pin> pins(String communityId) {
    return sql.query("read pins", "SELECT community_id, query, contribution_id, pinned_by, pinned_at FROM pinned_results "
        + "WHERE community_id = ? ORDER BY query", row -> new Pin(row.getString("community_id"), row.getString("query"),
        row.getString("contribution_id"), row.getString("pinned_by"), Jdbc.instant(row, "pinned_at")), communityId);
  }

  /** The current snapshot for re-ranking; reloaded when older than {@link #RELOAD_AFTER}. */
  public Snapshot snapshot() {
    if (Duration.between(loaded, clock.instant()).compareTo(RELOAD_AFTER) > 0) {
      reload();
    }
    return snapshot;
  }

  private synchronized void reload() {
    Set<String> marks = new HashSet<>(sql.query("load good practice", "SELECT contribution_id FROM good_practice",
        row -> row.getString("contribution_id")));
    Map<String, Map<String, String>> pins = new HashMap<>();
    sql.query("load pins", "SELECT community_id, query, contribution_id FROM pinned_results", row -> pins
        .computeIfAbsent(row.getString("query"), q -> new HashMap<>())
        .put(row.getString("community_id"), row.getString("contribution_id")));
    Map<String, Map<String, String>> frozen = new HashMap<>();
    pins.forEach((query, byCommunity) -> frozen.put(query, Map.copyOf(byCommunity)));
    snapshot = new Snapshot(marks, frozen);
    loaded = clock.instant();
  }

  private static Mark mark(java.sql.ResultSet row) throws java.sql.SQLException {
    return new Mark(row.getString("contribution_id"), row.getString("community_id"), row.getString("marked_by"),
        Jdbc.instant(row, "marked_at"));
  }
}
