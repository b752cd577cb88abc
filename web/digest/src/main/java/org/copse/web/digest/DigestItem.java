package org.copse.web.digest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.copse.index.ContributionKind;
import org.jspecify.annotations.Nullable;

/**
 * One contribution chosen for a digest.
 *
 * @param section where it appears
 * @param contributionId the contribution
 * @param kind its kind
 * @param communityId its community: checked again when the digest is sent
 * @param communityName the community's display name
 * @param title plain text (escaped when rendered)
 * @param excerpt plain text, a few sentences at most
 * @param created when it was written
 * @param threadId its discussion, for the one-thread cap
 * @param tags its tags, for diversity and for saying why it was chosen
 * @param sourceUrl the original, if it has one
 * @param relevance how well it fits the member; comparable within one digest only
 * @param reasons short phrases saying why it was chosen ("tag housing", "your community")
 */
public record DigestItem(
    DigestSection section,
    String contributionId,
    ContributionKind kind,
    String communityId,
    String communityName,
    String title,
    String excerpt,
    Instant created,
    String threadId,
    List<String> tags,
    @Nullable String sourceUrl,
    double relevance,
    List<String> reasons) {

  public DigestItem {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(contributionId, "contributionId");
    Objects.requireNonNull(communityId, "communityId");
    tags = List.copyOf(tags);
    reasons = List.copyOf(reasons);
  }
}
