package org.copse.index;

import java.util.Objects;
import java.util.Set;
import org.copse.index.query.UserQuery;

/**
 * One search.
 *
 * @param query what was asked, parsed
 * @param scope what the viewer may read
 * @param sort hit order
 * @param offset hits (or threads, when grouping) to skip
 * @param limit hits (or threads) to return, 1 to {@link #MAX_LIMIT}
 * @param facets the fields to count among all matching, visible contributions
 * @param facetLimit the most values to return per facet, most frequent first
 * @param highlight whether snippets mark the matching words
 * @param groupByThread whether a discussion is one hit (its best-matching post)
 */
public record SearchRequest(
    UserQuery query,
    AccessScope scope,
    SortOrder sort,
    int offset,
    int limit,
    Set<SearchField> facets,
    int facetLimit,
    boolean highlight,
    boolean groupByThread) {

  /** The most hits one page may return. */
  public static final int MAX_LIMIT = 100;
  /** Hits beyond this depth are never served: people refine, robots page. */
  public static final int MAX_WINDOW = 1_000;
  public static final int DEFAULT_LIMIT = 10;
  public static final int DEFAULT_FACET_LIMIT = 10;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(sort, "sort");
    facets = Set.copyOf(facets);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidQueryException("size", "page size must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    if (offset < 0 || offset + limit > MAX_WINDOW) {
      throw new InvalidQueryException("page",
          "results are available up to number " + MAX_WINDOW + "; refine the search to see others");
    }
    if (facetLimit < 1 || facetLimit > 100) {
      throw new InvalidQueryException("facetLimit", "facet limit must be between 1 and 100, not " + facetLimit);
    }
  }

  /** The first page by relevance, with every facet, highlighted and grouped by thread. */
  public static SearchRequest of(UserQuery query, AccessScope scope) {
    return new SearchRequest(query, scope, SortOrder.RELEVANCE, 0, DEFAULT_LIMIT,
        Set.of(SearchField.values()), DEFAULT_FACET_LIMIT, true, true);
  }

  public SearchRequest withPage(int newOffset, int newLimit) {
    return new SearchRequest(query, scope, sort, newOffset, newLimit, facets, facetLimit, highlight, groupByThread);
  }

  public SearchRequest withSort(SortOrder newSort) {
    return new SearchRequest(query, scope, newSort, offset, limit, facets, facetLimit, highlight, groupByThread);
  }

  public SearchRequest withFacets(Set<SearchField> newFacets) {
    return new SearchRequest(query, scope, sort, offset, limit, newFacets, facetLimit, highlight, groupByThread);
  }

  public SearchRequest withHighlight(boolean newHighlight) {
    return new SearchRequest(query, scope, sort, offset, limit, facets, facetLimit, newHighlight, groupByThread);
  }

  public SearchRequest withGrouping(boolean newGroupByThread) {
    return new SearchRequest(query, scope, sort, offset, limit, facets, facetLimit, highlight, newGroupByThread);
  }
}
