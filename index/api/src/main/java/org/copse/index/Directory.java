package org.copse.index;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Members, communities and memberships: the source of truth for who may read what.
 *
 * <p>Contract: implementations are thread safe. A write is visible to every read that starts after
 * it returns, so a revoked membership takes effect on the next request. Lookups of unknown ids
 * return empty, never throw. Storage failures throw {@link StoreException}.
 */
public interface Directory {

  Optional<Member> member(String memberId);

  /** Members in id order, {@code limit} at most, starting after {@code afterId} ("" for the first). */
  List<Member> members(String afterId, int limit);

  /** How many members there are. */
  long memberCount();

  Optional<Community> community(String communityId);

  /** Every community, in id order. */
  List<Community> communities();

  List<Membership> membershipsOf(String memberId);

  List<Membership> membersOf(String communityId);

  /** Adds or replaces members by id. */
  void saveMembers(Collection<Member> members);

  /** Adds or replaces communities by id. */
  void saveCommunities(Collection<Community> communities);

  /** Adds or replaces memberships by (member, community). */
  void saveMemberships(Collection<Membership> memberships);

  /** Removes a membership; the member loses access on their next request. No-op if absent. */
  void removeMembership(String memberId, String communityId);

  /** The communities a member may read: every public one, and those they belong to. */
  default AccessScope scopeFor(String memberId) {
    List<String> memberOf = membershipsOf(memberId).stream().map(Membership::communityId).toList();
    return AccessScope.forMember(memberId, communities(), memberOf);
  }
}
