package org.copse.web.digest;

import java.time.LocalDate;
import org.copse.index.AccessScope;

/**
 * Where a member's interests come from: their expertise profile, their own history, what they
 * follow. Implementations must build the profile only from content inside {@code scope}, and only
 * from content created before {@code asOf} (so that a replay of the past does not see the future).
 *
 * <p>Contract: thread safe; a member with no known interests gets {@link InterestProfile#none()};
 * storage failures throw {@link org.copse.index.StoreException}.
 */
@FunctionalInterface
public interface MemberInterests {

  InterestProfile interestsOf(String memberId, AccessScope scope, LocalDate asOf);

  /** Interests from both sources, weights added. */
  default MemberInterests and(MemberInterests other) {
    return (memberId, scope, asOf) -> interestsOf(memberId, scope, asOf).plus(other.interestsOf(memberId, scope, asOf));
  }
}
