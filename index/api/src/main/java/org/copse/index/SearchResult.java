package org.copse.index;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a search found among the contributions the viewer may read.
 *
 * @param totalHits how many visible contributions match (not threads), exactly
 * @param hits the requested page, in order
 * @param facets one result per requested facet field, in the order of {@link SearchField}
 * @param didYouMean a corrected query string when the words look misspelt and the correction finds
 *     more within the viewer's scope; null otherwise
 */
public record SearchResult(long totalHits, List<SearchHit> hits, List<FacetResult> facets, @Nullable String didYouMean) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  public Optional<String> suggestion() {
    return Optional.ofNullable(didYouMean);
  }

  public Optional<FacetResult> facet(SearchField field) {
    return facets.stream().filter(f -> f.field() == field).findFirst();
  }
}
