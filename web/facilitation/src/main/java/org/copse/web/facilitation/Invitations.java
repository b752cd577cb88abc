package org.copse.web.facilitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.copse.index.Directory;
import org.copse.index.Membership;
import org.copse.store.Jdbc;

/**
 * Invitations to join a community (table {@code community_invitations}): a facilitator invites, the
 * member accepts (and becomes a plain member) or declines. Callers check that the inviter may act
 * for the community. Thread safe.
 */
public final class Invitations {

  /** Where an invitation stands. */
  public enum Status { PENDING, ACCEPTED, DECLINED }

  /** One invitation. */
  public record Invitation(String communityId, String memberId, String invitedBy, Instant invitedAt, Status status) {}

  private final Jdbc sql;
  private final Directory directory;
  private final Clock clock;

  public Invitations(DataSource dataSource, Directory directory, Clock clock) {
    this.sql = new Jdbc(dataSource);
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Invites a member; an earlier declined invitation is renewed.
   *
   * @throws IllegalArgumentException when there is no such member, or they already belong to the community
   */
  public Invitation invite(String communityId, String memberId, String invitedBy) {
    if (directory.member(memberId).isEmpty()) {
      throw new IllegalArgumentException("there is no member with id '" + memberId + "'");
    }
    if (directory.membershipsOf(memberId).stream().anyMatch(m -> m.communityId().equals(communityId))) {
      throw new IllegalArgumentException(memberId + " already belongs to this community");
    }
    Instant now = clock.instant();
    sql.upsert("invite a member", "UPDATE community_invitations SET invited_by = ?, invited_at = ?, status = 'PENDING' "
            + "WHERE community_id = ? AND member_id = ?", new Object[] {invitedBy, now, communityId, memberId},
        "INSERT INTO community_invitations (invited_by, invited_at, community_id, member_id, status) "
            + "VALUES (?, ?, ?, ?, 'PENDING')", new Object[] {invitedBy, now, communityId, memberId});
    return new Invitation(communityId, memberId, invitedBy, now, Status.PENDING);
  }

  public Optional<Invitation> find(String communityId, String memberId) {
    return sql.queryOne("read invitation", "SELECT community_id, member_id, invited_by, invited_at, status "
        + "FROM community_invitations WHERE community_id = ? AND member_id = ?", Invitations::invitation,
        communityId, memberId);
  }

  /** A member's pending invitations, newest first. */
  public List<Invitation> pendingFor(String memberId) {
    return sql.query("read invitations", "SELECT community_id, member_id, invited_by, invited_at, status "
        + "FROM community_invitations WHERE member_id = ? AND status = 'PENDING' ORDER BY invited_at DESC, community_id",
        Invitations::invitation, memberId);
  }

  /** A community's invitations, newest first. */
  public List<Invitation> ofCommunity(String communityId) {
    return sql.query("read invitations", "SELECT community_id, member_id, invited_by, invited_at, status "
        + "FROM community_invitations WHERE community_id = ? ORDER BY invited_at DESC, member_id",
        Invitations::invitation, communityId);
  }

  /**
   * Answers a pending invitation; accepting makes the member a plain member of the community.
   *
   * @return false when the member has no pending invitation to this community
   */
  public boolean answer(String communityId, String memberId, boolean accept) {
    int changed = sql.update("answer invitation", "UPDATE community_invitations SET status = ? "
        + "WHERE community_id = ? AND member_id = ? AND status = 'PENDING'",
        (accept ? Status.ACCEPTED : Status.DECLINED).name(), communityId, memberId);
    if (changed == 1 && accept) {
      directory.saveMemberships(List.of(new Membership(memberId, communityId, Membership.Role.MEMBER)));
    }
    return changed == 1;
  }

  private static Invitation invitation(java.sql.ResultSet row) throws java.sql.SQLException {
    return new Invitation(row.getString("community_id"), row.getString("member_id"), row.getString("invited_by"),
        Jdbc.instant(row, "invited_at"), Status.valueOf(row.getString("status")));
  }
}
