package org.copse.expertise.graph;

import java.util.Objects;
import org.copse.index.ContributorRole;

/**
 * What one contribution says about one member, before recency decay.
 *
 * @param memberId the member
 * @param role their most telling part in it
 * @param expertise the expertise it shows (0 for a question asked)
 * @param interest the need or interest it shows
 */
public record Credit(String memberId, ContributorRole role, double expertise, double interest) {
  public Credit {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(role, "role");
  }
}
