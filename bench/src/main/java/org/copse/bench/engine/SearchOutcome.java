package org.copse.bench.engine;

import java.util.List;

/**
 * What a search returned, kept small: enough to check that engines did the same work (same totals)
 * and that the harness measured something (hits, facets, snippets).
 *
 * @param totalHits matching contributions the viewer may read
 * @param ids the page of hits, best first
 * @param facetValues facet values returned over all fields
 * @param snippetChars characters of snippet text returned
 */
public record SearchOutcome(long totalHits, List<String> ids, int facetValues, int snippetChars) {
  /** Hits per page in every search workload. */
  public static final int PAGE = 10;

  public SearchOutcome {
    ids = List.copyOf(ids);
  }
}
