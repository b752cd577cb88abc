package org.copse.expertise.graph;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;

/**
 * A contribution as the graph keeps it: no text, only what expertise needs. The raw contributors
 * are kept so that credits can be recomputed when the role weights change.
 *
 * @param id the contribution
 * @param kind its kind
 * @param communityId its community: every edge from it is visible only where this is readable
 * @param threadId its discussion; replies inherit the topics of the discussion's first post
 * @param created when it was written, for recency and time slices
 * @param score its vote score
 * @param topics its own normalised topics
 * @param contributors who did what, as given
 * @param credits what it says about each member, one per member
 */
public record ContributionNode(
    String id,
    ContributionKind kind,
    String communityId,
    String threadId,
    Instant created,
    int score,
    List<String> topics,
    List<Contributor> contributors,
    List<Credit> credits) {

  public ContributionNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(created, "created");
    topics = List.copyOf(topics);
    contributors = List.copyOf(contributors);
    credits = List.copyOf(credits);
  }

  /** The node for a contribution, credited with the given weights. */
  public static ContributionNode of(Contribution contribution, RoleWeights weights) {
    return of(contribution.id(), contribution.kind(), contribution.communityId(), contribution.threadId(),
        contribution.created(), contribution.score(), Topics.of(contribution), contribution.contributors(), weights);
  }

  /** A node from its parts, credited with the given weights. */
  public static ContributionNode of(String id, ContributionKind kind, String communityId, String threadId,
      Instant created, int score, List<String> topics, List<Contributor> contributors, RoleWeights weights) {
    List<Credit> credits = Credits.of(kind, score, contributors, weights);
    return new ContributionNode(id, kind, communityId, threadId, created, score, topics, contributors, credits);
  }

  /** Whether this starts its own discussion. */
  public boolean isThreadStart() {
    return id.equals(threadId);
  }

  /** What this contribution says about a member, if they took part. */
  public Optional<Credit> creditOf(String memberId) {
    return credits.stream().filter(c -> c.memberId().equals(memberId)).findFirst();
  }
}
