package org.copse.index;

import java.util.List;

/**
 * The counted values of one field, most frequent first, ties by value.
 *
 * @param field the field counted
 * @param counts the values, at most the request's facet limit
 */
public record FacetResult(SearchField field, List<FacetCount> counts) {
  public FacetResult {
    counts = List.copyOf(counts);
  }
}
