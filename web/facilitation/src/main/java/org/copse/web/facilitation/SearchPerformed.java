package org.copse.web.facilitation;

import java.util.Objects;
import java.util.Set;

/**
 * Published by the search page and the search API after a search was answered. The searcher's id is
 * carried only so that insights can count distinct people through a salted hash and attribute the
 * search to the searcher's communities; it is never stored.
 *
 * @param typed the query as typed
 * @param searcherId the signed-in member
 * @param readable the communities the searcher may read
 * @param totalHits how many visible contributions matched
 * @param page the results page asked for (only first pages count, so paging is not counted as searching again)
 */
public record SearchPerformed(String typed, String searcherId, Set<String> readable, long totalHits, int page) {
  public SearchPerformed {
    Objects.requireNonNull(typed, "typed");
    Objects.requireNonNull(searcherId, "searcherId");
    readable = Set.copyOf(readable);
  }
}
