package org.copse.store;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member's sign-in account.
 *
 * @param memberId the member who signs in (their member id is the user name)
 * @param passwordHash a BCrypt hash, never a plain password
 * @param roles what they may do; never empty
 * @param enabled whether they may sign in
 */
public record Account(String memberId, String passwordHash, Set<AppRole> roles, boolean enabled) {
  public Account {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(passwordHash, "passwordHash");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an account needs at least one role: " + memberId);
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
  }
}
