package org.copse.web.digest.eval;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.Directory;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.index.Visibility;

/**
 * A read-only {@link Directory} for replaying a public dump: every community seen in the
 * contributions is public, every contributor is a member without an address who belongs to each
 * community they contributed to (at any time: membership is not replayed). Writes are refused.
 */
final class ReplayDirectory implements Directory {
  private final TreeMap<String, Member> members = new TreeMap<>();
  private final TreeMap<String, Community> communities = new TreeMap<>();
  private final TreeMap<String, TreeSet<String>> memberships = new TreeMap<>();

  ReplayDirectory(Collection<Contribution> contributions) {
    for (Contribution c : contributions) {
      communities.computeIfAbsent(c.communityId(),
          id -> new Community(id, id, "replayed", Visibility.PUBLIC, "replay"));
      for (String memberId : c.memberIds()) {
        members.computeIfAbsent(memberId, id -> new Member(id, id, "", ""));
        memberships.computeIfAbsent(memberId, id -> new TreeSet<>()).add(c.communityId());
      }
    }
  }

  @Override
  public Optional<Member> member(String memberId) {
    return Optional.ofNullable(members.get(memberId));
  }

  @Override
  public List<Member> members(String afterId, int limit) {
    return members.tailMap(afterId, false).values().stream().limit(Math.max(limit, 0)).toList();
  }

  @Override
  public long memberCount() {
    return members.size();
  }

  @Override
  public Optional<Community> community(String communityId) {
    return Optional.ofNullable(communities.get(communityId));
  }

  @Override
  public List<Community> communities() {
    return List.copyOf(communities.values());
  }

  @Override
  public List<Membership> membershipsOf(String memberId) {
    return memberships.getOrDefault(memberId, new TreeSet<>()).stream()
        .map(c -> new Membership(memberId, c, Membership.Role.MEMBER)).toList();
  }

  @Override
  public List<Membership> membersOf(String communityId) {
    return memberships.entrySet().stream().filter(e -> e.getValue().contains(communityId))
        .map(e -> new Membership(e.getKey(), communityId, Membership.Role.MEMBER)).toList();
  }

  @Override
  public void saveMembers(Collection<Member> newMembers) {
    throw new UnsupportedOperationException("the replay directory is read-only");
  }

  @Override
  public void saveCommunities(Collection<Community> newCommunities) {
    throw new UnsupportedOperationException("the replay directory is read-only");
  }

  @Override
  public void saveMemberships(Collection<Membership> memberships) {
    throw new UnsupportedOperationException("the replay directory is read-only");
  }

  @Override
  public void removeMembership(String memberId, String communityId) {
    throw new UnsupportedOperationException("the replay directory is read-only");
  }
}
