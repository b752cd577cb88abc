package org.copse.web.digest;

import java.util.Objects;

/**
 * One line of a facilitator's weekly summary about a community they look after.
 *
 * @param communityId the community
 * @param communityName its name
 * @param text what happened, plain text, one line
 * @param path where to look in Copse, a path such as {@code /communities/housing/health}
 */
public record FacilitatorNote(String communityId, String communityName, String text, String path) {
  public FacilitatorNote {
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(communityName, "communityName");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(path, "path");
  }
}
