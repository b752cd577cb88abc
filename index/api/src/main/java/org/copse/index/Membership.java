package org.copse.index;

import java.util.Objects;

/**
 * A member's place in a community.
 *
 * @param memberId the member
 * @param communityId the community
 * @param role plain member, or facilitator who looks after the community
 */
public record Membership(String memberId, String communityId, Role role) {
  public Membership {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(role, "role");
  }

  /** A member's role within one community. */
  public enum Role { MEMBER, FACILITATOR }
}
