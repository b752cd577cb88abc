package org.copse.expertise.rank;

import java.util.Set;

/** Whose contributions may count as expertise in one ranking: not the excluded, not those who opted out. */
record Eligibility(ExpertPreferences preferences, Set<String> excluded) {

  boolean mayRank(String memberId) {
    return !excluded.contains(memberId) && !preferences.optedOut(memberId);
  }

  boolean counts(String memberId, String communityId) {
    return mayRank(memberId) && !preferences.optedOut(memberId, communityId);
  }
}
