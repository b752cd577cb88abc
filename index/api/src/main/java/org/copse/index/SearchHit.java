package org.copse.index;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One search result. Scores are not part of it: they depend on collection statistics, and
 * nothing a viewer sees may depend on content they cannot read beyond the order of hits.
 *
 * @param id the contribution
 * @param kind its kind
 * @param communityId its community
 * @param title its title, plain text (escape it when rendering)
 * @param snippetHtml an excerpt that is safe HTML: the text is escaped, then matches are wrapped in
 *     {@code <mark>} and {@code </mark>}, and nothing else is markup
 * @param authorIds its contributors' member ids, most important first
 * @param tags its tags
 * @param created when it was written
 * @param updated when it last changed
 * @param threadId the discussion it belongs to
 * @param sourceUrl the original, if it has one
 */
public record SearchHit(
    String id,
    ContributionKind kind,
    String communityId,
    String title,
    String snippetHtml,
    List<String> authorIds,
    List<String> tags,
    Instant created,
    Instant updated,
    String threadId,
    @Nullable String sourceUrl) {

  public SearchHit {
    authorIds = List.copyOf(authorIds);
    tags = List.copyOf(tags);
  }
}
