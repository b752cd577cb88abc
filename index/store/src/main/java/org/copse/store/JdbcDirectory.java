package org.copse.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.copse.index.Community;
import org.copse.index.Directory;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.index.Visibility;

/**
 * The {@link Directory} in a relational database. Every call reads or writes the database
 * directly (nothing is cached), so a write is visible to the next read, as the contract asks.
 */
public final class JdbcDirectory implements Directory {
  private static final String MEMBER_COLUMNS = "id, display_name, email, organisation";
  private static final String COMMUNITY_COLUMNS = "id, name, description, visibility, organisation";

  private final Jdbc jdbc;

  /** Uses a database already migrated by {@link StoreSchema#migrate}. */
  public JdbcDirectory(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<Member> member(String memberId) {
    return jdbc.queryOne("read member", "SELECT " + MEMBER_COLUMNS + " FROM members WHERE id = ?",
        JdbcDirectory::member, memberId);
  }

  @Override
  public List<Member> members(String afterId, int limit) {
    if (limit < 1) {
      return List.of();
    }
    return jdbc.query("list members",
        "SELECT " + MEMBER_COLUMNS + " FROM members WHERE id > ? ORDER BY id FETCH FIRST " + limit + " ROWS ONLY",
        JdbcDirectory::member, afterId);
  }

  @Override
  public long memberCount() {
    return jdbc.count("count members", "SELECT COUNT(*) FROM members");
  }

  @Override
  public Optional<Community> community(String communityId) {
    return jdbc.queryOne("read community", "SELECT " + COMMUNITY_COLUMNS + " FROM communities WHERE id = ?",
        JdbcDirectory::community, communityId);
  }

  @Override
  public List<Community> communities() {
    return jdbc.query("list communities", "SELECT " + COMMUNITY_COLUMNS + " FROM communities ORDER BY id",
        JdbcDirectory::community);
  }

  @Override
  public List<Membership> membershipsOf(String memberId) {
    return jdbc.query("list memberships of a member",
        "SELECT member_id, community_id, role FROM memberships WHERE member_id = ? ORDER BY community_id",
        JdbcDirectory::membership, memberId);
  }

  @Override
  public List<Membership> membersOf(String communityId) {
    return jdbc.query("list members of a community",
        "SELECT member_id, community_id, role FROM memberships WHERE community_id = ? ORDER BY member_id",
        JdbcDirectory::membership, communityId);
  }

  @Override
  public void saveMembers(Collection<Member> members) {
    jdbc.inTransaction("save members", connection -> {
      for (Member m : members) {
        Jdbc.upsert(connection,
            "UPDATE members SET display_name = ?, email = ?, organisation = ? WHERE id = ?",
            new Object[] {m.displayName(), m.email(), m.organisation(), m.id()},
            "INSERT INTO members (" + MEMBER_COLUMNS + ") VALUES (?, ?, ?, ?)",
            new Object[] {m.id(), m.displayName(), m.email(), m.organisation()});
      }
      return null;
    });
  }

  @Override
  public void saveCommunities(Collection<Community> communities) {
    jdbc.inTransaction("save communities", connection -> {
      for (Community c : communities) {
        Jdbc.upsert(connection,
            "UPDATE communities SET name = ?, description = ?, visibility = ?, organisation = ? WHERE id = ?",
            new Object[] {c.name(), c.description(), c.visibility().name(), c.organisation(), c.id()},
            "INSERT INTO communities (" + COMMUNITY_COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
            new Object[] {c.id(), c.name(), c.description(), c.visibility().name(), c.organisation()});
      }
      return null;
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.copse.index.StoreException when a member or community does not exist
   */
  @Override
  public void saveMemberships(Collection<Membership> memberships) {
    jdbc.inTransaction("save memberships", connection -> {
      for (Membership m : memberships) {
        Jdbc.upsert(connection,
            "UPDATE memberships SET role = ? WHERE member_id = ? AND community_id = ?",
            new Object[] {m.role().name(), m.memberId(), m.communityId()},
            "INSERT INTO memberships (member_id, community_id, role) VALUES (?, ?, ?)",
            new Object[] {m.memberId(), m.communityId(), m.role().name()});
      }
      return null;
    });
  }

  @Override
  public void removeMembership(String memberId, String communityId) {
    jdbc.inTransaction("remove membership", connection ->
        Jdbc.update(connection, "DELETE FROM memberships WHERE member_id = ? AND community_id = ?",
            memberId, communityId));
  }

  private static Member member(ResultSet row) throws SQLException {
    return new Member(row.getString("id"), row.getString("display_name"), row.getString("email"),
        row.getString("organisation"));
  }

  private static Community community(ResultSet row) throws SQLException {
    return new Community(row.getString("id"), row.getString("name"), row.getString("description"),
        Visibility.valueOf(row.getString("visibility")), row.getString("organisation"));
  }

  private static Membership membership(ResultSet row) throws SQLException {
    return new Membership(row.getString("member_id"), row.getString("community_id"),
        Membership.Role.valueOf(row.getString("role")));
  }
}
