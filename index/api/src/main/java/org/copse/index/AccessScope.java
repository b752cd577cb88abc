package org.copse.index;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one viewer may read: the communities whose content they may see. Every read of the index
 * takes a scope, and nothing outside it may influence what the read returns (hits, totals,
 * snippets, facets, suggestions, similar items, expertise evidence).
 *
 * @param viewerId the member reading, for audit and for excluding their own posts where asked
 * @param communityIds the readable communities; empty means the viewer may read nothing
 */
public record AccessScope(String viewerId, Set<String> communityIds) {
  public AccessScope {
    Objects.requireNonNull(viewerId, "viewerId");
    communityIds = Set.copyOf(communityIds);
  }

  /** A scope for a viewer: public communities plus those the viewer is a member of. */
  public static AccessScope forMember(String memberId, Collection<Community> communities,
      Collection<String> memberOf) {
    Set<String> readable = new TreeSet<>();
    for (Community community : communities) {
      if (community.visibility() == Visibility.PUBLIC || memberOf.contains(community.id())) {
        readable.add(community.id());
      }
    }
    return new AccessScope(memberId, readable);
  }

  /** A scope that reads exactly the given communities. */
  public static AccessScope of(String viewerId, String... communityIds) {
    return new AccessScope(viewerId, Set.of(communityIds));
  }

  /** Whether content of this community may be shown. */
  public boolean canRead(String communityId) {
    return communityIds.contains(communityId);
  }

  /** Whether this viewer may read nothing at all. */
  public boolean isEmpty() {
    return communityIds.isEmpty();
  }
}
