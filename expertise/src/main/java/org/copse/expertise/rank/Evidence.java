package org.copse.expertise.rank;

import java.time.Instant;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;

/**
 * One contribution that shows why a member is suggested; only ever one the viewer may read.
 *
 * @param contributionId the contribution
 * @param title its title, plain text
 * @param kind its kind
 * @param communityId its community
 * @param created when it was written
 * @param role what the member did
 * @param weight its share of the member's score
 */
public record Evidence(String contributionId, String title, ContributionKind kind, String communityId,
    Instant created, ContributorRole role, double weight) {}
