package org.copse.ingest.source.mediawiki;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.jspecify.annotations.Nullable;

/**
 * Credits a page's editors with the size of their changes: each revision adds what it grew the page
 * by over the previous revision (in time order), at least {@code minEditSize}, so a revert or a
 * removal still counts a little. The editor with the largest total is the page's AUTHOR, the others
 * EDITORs, each with their total as edit size, largest first (ties by member id, for a stable order).
 */
final class EditCredits {
  private EditCredits() {}

  /**
   * @param memberOf the member id for a revision, or null when it credits nobody (deleted
   *     contributor, or an IP address when anonymous edits are not credited)
   */
  static List<Contributor> credit(List<WikiPage.Revision> revisions, int minEditSize,
      Function<WikiPage.Revision, @Nullable String> memberOf) {
    List<WikiPage.Revision> inTime = new ArrayList<>(revisions);
    inTime.sort(Comparator.comparing(WikiPage.Revision::timestamp));
    Map<String, Long> totals = new LinkedHashMap<>();
    long previous = 0;
    for (WikiPage.Revision revision : inTime) {
      long credit = Math.max(minEditSize, revision.size() - previous);
      previous = revision.size();
      String member = memberOf.apply(revision);
      if (member != null) {
        totals.merge(member, credit, Long::sum);
      }
    }
    List<Map.Entry<String, Long>> ranked = new ArrayList<>(totals.entrySet());
    ranked.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Contributor> contributors = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      int size = (int) Math.min(Integer.MAX_VALUE, ranked.get(i).getValue());
      contributors.add(new Contributor(ranked.get(i).getKey(), i == 0 ? ContributorRole.AUTHOR : ContributorRole.EDITOR, size));
    }
    return contributors;
  }
}
