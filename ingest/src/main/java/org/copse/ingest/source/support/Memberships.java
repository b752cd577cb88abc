package org.copse.ingest.source.support;

import java.util.Collection;
import java.util.List;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.ingest.source.SourceDirectory;

/** Directories of sources whose people all belong to the one community the source is read into. */
public final class Memberships {
  private Memberships() {}

  /** The members, each a plain member of {@code communityId}; no communities are defined. */
  public static SourceDirectory allIn(Collection<Member> members, String communityId) {
    List<Membership> memberships = members.stream()
        .map(member -> new Membership(member.id(), communityId, Membership.Role.MEMBER)).toList();
    return new SourceDirectory(List.copyOf(members), List.of(), memberships);
  }
}
