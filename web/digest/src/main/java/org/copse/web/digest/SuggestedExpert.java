package org.copse.web.digest;

import java.util.Objects;
import java.util.Set;

/**
 * Someone a member could ask about a topic they asked about.
 *
 * @param memberId the expert
 * @param displayName their name as shown to other members
 * @param topic what they know about, in the asker's words (a tag or phrase)
 * @param strength how strong the evidence is; comparable within one answer only
 * @param evidenceCommunityIds the communities holding the evidence; the suggestion is dropped at
 *     send time unless the recipient may still read every one of them
 */
public record SuggestedExpert(String memberId, String displayName, String topic, double strength,
    Set<String> evidenceCommunityIds) {
  public SuggestedExpert {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(topic, "topic");
    evidenceCommunityIds = Set.copyOf(evidenceCommunityIds);
  }
}
