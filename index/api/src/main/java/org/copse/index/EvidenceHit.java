package org.copse.index;

import java.time.Instant;
import java.util.List;

/**
 * A contribution relevant to a topic, with what expertise ranking needs to credit its contributors.
 *
 * @param id the contribution
 * @param relevance its retrieval score for the topic; comparable only within one answer
 * @param kind its kind
 * @param communityId its community
 * @param threadId its discussion
 * @param contributors who did what
 * @param created when it was written
 * @param votes its vote score
 */
public record EvidenceHit(
    String id,
    float relevance,
    ContributionKind kind,
    String communityId,
    String threadId,
    List<Contributor> contributors,
    Instant created,
    int votes) {

  public EvidenceHit {
    contributors = List.copyOf(contributors);
  }
}
