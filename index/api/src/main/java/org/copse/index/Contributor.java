package org.copse.index;

import java.util.Objects;

/**
 * A member's part in a contribution.
 *
 * @param memberId the member, never blank
 * @param role what they did
 * @param editSize characters added or changed by an {@link ContributorRole#EDITOR} (or by the
 *     author of a wiki page); 0 where it does not apply; never negative
 */
public record Contributor(String memberId, ContributorRole role, int editSize) {
  public Contributor {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(role, "role");
    if (memberId.isBlank()) {
      throw new IllegalArgumentException("memberId must not be blank");
    }
    if (editSize < 0) {
      throw new IllegalArgumentException("editSize must not be negative: " + editSize);
    }
  }

  public static Contributor of(String memberId, ContributorRole role) {
    return new Contributor(memberId, role, 0);
  }
}
