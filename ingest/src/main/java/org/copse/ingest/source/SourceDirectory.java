package org.copse.ingest.source;

import java.util.List;
import org.copse.index.Community;
import org.copse.index.Member;
import org.copse.index.Membership;

/**
 * The people and places a source defines, saved before its items so that every contributor and
 * community an item names exists.
 *
 * @param members members found in the source (authors, editors, commenters)
 * @param communities communities the source defines
 * @param memberships who belongs where, as far as the source says
 */
public record SourceDirectory(List<Member> members, List<Community> communities, List<Membership> memberships) {
  public SourceDirectory {
    members = List.copyOf(members);
    communities = List.copyOf(communities);
    memberships = List.copyOf(memberships);
  }

  public static SourceDirectory empty() {
    return new SourceDirectory(List.of(), List.of(), List.of());
  }
}
