package org.copse.web.facilitation;

import java.util.Objects;

/**
 * Published by the contribution page when a viewer opened a contribution they may read. Who opened
 * it is not part of the event.
 *
 * @param contributionId the contribution
 * @param communityId its community
 */
public record ContributionOpened(String contributionId, String communityId) {
  public ContributionOpened {
    Objects.requireNonNull(contributionId, "contributionId");
    Objects.requireNonNull(communityId, "communityId");
  }
}
