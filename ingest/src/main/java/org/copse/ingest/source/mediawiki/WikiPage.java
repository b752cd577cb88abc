package org.copse.ingest.source.mediawiki;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page as read from the export: its revisions' metadata in file order, and the text of the
 * latest revision only (older texts are measured, then dropped).
 *
 * @param redirectTarget the target named by a {@code <redirect>} element, if any
 * @param model the content model of the latest revision ({@code wikitext}, {@code css}, …), if given
 */
record WikiPage(long id, String title, int namespace, @Nullable String redirectTarget, @Nullable String model,
    List<Revision> revisions, String latestText) {

  /**
   * One revision.
   *
   * @param editor the username, or the IP address for an anonymous edit, or null when deleted
   * @param anonymous whether {@code editor} is an IP address
   * @param size the revision's text length in bytes
   */
  record Revision(long id, Instant timestamp, @Nullable String editor, boolean anonymous, long size) {}
}
