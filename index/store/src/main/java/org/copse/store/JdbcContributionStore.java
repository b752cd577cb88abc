package org.copse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributionStore;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;

/**
 * The {@link ContributionStore} in a relational database: one row per contribution, its
 * contributors and labels (tags, entities, key phrases) in child tables keyed by position.
 * Timestamps are kept to the microsecond.
 */
public final class JdbcContributionStore implements ContributionStore {
  /** Contributions read per round trip by {@link #forEach}. */
  static final int PAGE_SIZE = 500;

  private static final String COLUMNS = "id, kind, community_id, title, body, language, created, updated,"
      + " thread_id, parent_id, source_url, content_hash, score";
  private static final String TAG = "TAG";
  private static final String ENTITY = "ENTITY";
  private static final String KEY_PHRASE = "KEY_PHRASE";

  private final Jdbc jdbc;

  /** Uses a database already migrated by {@link StoreSchema#migrate}. */
  public JdbcContributionStore(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void save(Collection<Contribution> contributions) {
    if (contributions.isEmpty()) {
      return;
    }
    // the last of several versions of one id wins, as if they were saved one after another
    Map<String, Contribution> byId = new LinkedHashMap<>();
    contributions.forEach(c -> byId.put(c.id(), c));
    jdbc.inTransaction("save " + byId.size() + " contributions", connection -> {
      deleteRows(connection, byId.keySet());
      insertRows(connection, byId.values());
      return null;
    });
  }

  @Override
  public void delete(Collection<String> ids) {
    if (!ids.isEmpty()) {
      jdbc.inTransaction("delete " + ids.size() + " contributions", connection -> {
        deleteRows(connection, ids);
        return null;
      });
    }
  }

  @Override
  public Optional<Contribution> find(String id) {
    List<Contribution> found = jdbc.withConnection("read contribution " + id,
        connection -> load(connection, "id = ?", "contribution_id = ?", id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public Map<String, String> contentHashes(Collection<String> ids) {
    Map<String, String> hashes = new HashMap<>();
    for (List<String> chunk : chunks(List.copyOf(ids))) {
      String sql = "SELECT id, content_hash FROM contributions WHERE id IN (" + placeholders(chunk.size()) + ")";
      jdbc.query("read content hashes", sql, row -> hashes.put(row.getString(1), row.getString(2)),
          chunk.toArray());
    }
    return hashes;
  }

  @Override
  public void forEach(Consumer<Contribution> visitor) {
    String after = "";
    while (true) {
      String from = after;
      List<Contribution> page = jdbc.withConnection("read contributions after " + from,
          connection -> loadPage(connection, from));
      page.forEach(visitor);
      if (page.size() < PAGE_SIZE) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  @Override
  public long count() {
    return jdbc.count("count contributions", "SELECT COUNT(*) FROM contributions");
  }

  private static List<Contribution> loadPage(Connection connection, String afterId) throws SQLException {
    List<String> ids = Jdbc.query(connection,
        "SELECT id FROM contributions WHERE id > ? ORDER BY id FETCH FIRST " + PAGE_SIZE + " ROWS ONLY",
        row -> row.getString(1), afterId);
    if (ids.isEmpty()) {
      return List.of();
    }
    String last = ids.get(ids.size() - 1);
    return load(connection, "id > ? AND id <= ?", "contribution_id > ? AND contribution_id <= ?", afterId, last);
  }

  /** Loads the contributions whose rows match, with their child rows, in id order. */
  private static List<Contribution> load(Connection connection, String rowCondition, String childCondition,
      Object... params) throws SQLException {
    Map<String, List<Contributor>> contributors = new HashMap<>();
    Jdbc.query(connection, "SELECT contribution_id, member_id, role, edit_size FROM contribution_contributors WHERE "
        + childCondition + " ORDER BY contribution_id, position", row ->
        contributors.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(new Contributor(
            row.getString(2), ContributorRole.valueOf(row.getString(3)), row.getInt(4))), params);
    Map<String, Map<String, List<String>>> labels = new HashMap<>();
    Jdbc.query(connection, "SELECT contribution_id, kind, label FROM contribution_labels WHERE "
        + childCondition + " ORDER BY contribution_id, kind, position", row ->
        labels.computeIfAbsent(row.getString(1), k -> new HashMap<>())
            .computeIfAbsent(row.getString(2), k -> new ArrayList<>()).add(row.getString(3)), params);
    return Jdbc.query(connection, "SELECT " + COLUMNS + " FROM contributions WHERE " + rowCondition + " ORDER BY id",
        row -> contribution(row, contributors, labels), params);
  }

  private static Contribution contribution(ResultSet row, Map<String, List<Contributor>> contributors,
      Map<String, Map<String, List<String>>> labels) throws SQLException {
    String id = row.getString("id");
    Map<String, List<String>> own = labels.getOrDefault(id, Map.of());
    return new Contribution(id, ContributionKind.valueOf(row.getString("kind")), row.getString("community_id"),
        row.getString("title"), row.getString("body"), contributors.getOrDefault(id, List.of()),
        own.getOrDefault(TAG, List.of()), own.getOrDefault(ENTITY, List.of()), own.getOrDefault(KEY_PHRASE, List.of()),
        row.getString("language"), Jdbc.instant(row, "created"), Jdbc.instant(row, "updated"),
        row.getString("thread_id"), row.getString("parent_id"), row.getString("source_url"),
        row.getString("content_hash"), row.getInt("score"));
  }

  private static void deleteRows(Connection connection, Collection<String> ids) throws SQLException {
    // child rows go with their contribution (ON DELETE CASCADE)
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM contributions WHERE id = ?")) {
      for (String id : ids) {
        delete.setString(1, id);
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  private static void insertRows(Connection connection, Collection<Contribution> contributions) throws SQLException {
    try (PreparedStatement rows = connection.prepareStatement(
            "INSERT INTO contributions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement people = connection.prepareStatement(
            "INSERT INTO contribution_contributors (contribution_id, position, member_id, role, edit_size)"
                + " VALUES (?, ?, ?, ?, ?)");
        PreparedStatement words = connection.prepareStatement(
            "INSERT INTO contribution_labels (contribution_id, kind, position, label) VALUES (?, ?, ?, ?)")) {
      for (Contribution c : contributions) {
        addRow(rows, c);
        for (int i = 0; i < c.contributors().size(); i++) {
          Contributor who = c.contributors().get(i);
          people.setString(1, c.id());
          people.setInt(2, i);
          people.setString(3, who.memberId());
          people.setString(4, who.role().name());
          people.setInt(5, who.editSize());
          people.addBatch();
        }
        addLabels(words, c.id(), TAG, c.tags());
        addLabels(words, c.id(), ENTITY, c.entities());
        addLabels(words, c.id(), KEY_PHRASE, c.keyPhrases());
      }
      rows.executeBatch();
      people.executeBatch();
      words.executeBatch();
    }
  }

  private static void addRow(PreparedStatement rows, Contribution c) throws SQLException {
    rows.setString(1, c.id());
    rows.setString(2, c.kind().name());
    rows.setString(3, c.communityId());
    rows.setString(4, c.title());
    rows.setString(5, c.body());
    rows.setString(6, c.language());
    rows.setObject(7, Jdbc.timestamp(c.created()));
    rows.setObject(8, Jdbc.timestamp(c.updated()));
    rows.setString(9, c.threadId());
    rows.setString(10, c.parentId());
    rows.setString(11, c.sourceUrl());
    rows.setString(12, c.contentHash());
    rows.setInt(13, c.score());
    rows.addBatch();
  }

  private static void addLabels(PreparedStatement words, String id, String kind, List<String> values)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      words.setString(1, id);
      words.setString(2, kind);
      words.setInt(3, i);
      words.setString(4, values.get(i));
      words.addBatch();
    }
  }

  private static List<List<String>> chunks(List<String> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyList();
    }
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += PAGE_SIZE) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + PAGE_SIZE)));
    }
    return chunks;
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
