package org.copse.web.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.copse.index.StoreException;
import org.copse.store.Jdbc;

/**
 * Members' digest preferences, in table {@code digest_preferences}. A member without a row has
 * {@link DigestPreferences#defaults}.
 *
 * <p>Contract: thread safe; a save is visible to the next read; storage failures throw
 * {@link org.copse.index.StoreException}; saving for an unknown member fails the same way.
 */
public final class PreferencesStore {
  private static final String UPDATE = "UPDATE digest_preferences SET frequency = ?, sections = ?, "
      + "community_ids = ?, followed_tags = ?, updated = ? WHERE member_id = ?";

  private final Jdbc sql;
  private final Clock clock;

  public PreferencesStore(DataSource dataSource, Clock clock) {
    this.sql = new Jdbc(dataSource);
    this.clock = clock;
  }

  public DigestPreferences get(String memberId) {
    return sql.queryOne("read digest preferences",
        "SELECT member_id, frequency, sections, community_ids, followed_tags FROM digest_preferences WHERE member_id = ?",
        PreferencesStore::preferences, memberId).orElseGet(() -> DigestPreferences.defaults(memberId));
  }

  public void save(DigestPreferences p) {
    Object[] values = {p.frequency().name(), join(p.sections().stream().map(Enum::name).toList()),
        join(p.communityIds()), join(p.followedTags()), clock.instant(), p.memberId()};
    int changed = sql.update("save digest preferences", UPDATE, values);
    if (changed == 0 && !sql.insertIfAbsent("save digest preferences",
        "INSERT INTO digest_preferences (frequency, sections, community_ids, followed_tags, updated, member_id) "
            + "VALUES (?, ?, ?, ?, ?, ?)", values)
        && sql.update("save digest preferences", UPDATE, values) == 0) {
      // neither a row to update nor one could be inserted: the member does not exist
      throw new StoreException("could not save digest preferences: no member " + p.memberId());
    }
  }

  /** Turns the digest off for a member, keeping their other choices. */
  public void unsubscribe(String memberId) {
    save(get(memberId).withFrequency(Frequency.OFF));
  }

  private static DigestPreferences preferences(ResultSet row) throws SQLException {
    Set<DigestSection> sections = EnumSet.noneOf(DigestSection.class);
    split(row.getString("sections")).forEach(s -> sections.add(DigestSection.valueOf(s)));
    return new DigestPreferences(row.getString("member_id"), Frequency.valueOf(row.getString("frequency")), sections,
        split(row.getString("community_ids")), split(row.getString("followed_tags")));
  }

  private static String join(Collection<String> values) {
    for (String value : values) {
      if (value.contains(",")) {
        throw new IllegalArgumentException("a digest preference value may not contain a comma: " + value);
      }
    }
    return values.stream().sorted().collect(Collectors.joining(","));
  }

  private static Set<String> split(String joined) {
    return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
