package org.copse.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.FacetResult;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SearchResult;
import org.copse.web.facilitation.SearchPerformed;
import org.copse.web.search.NotFoundException;
import org.copse.web.search.SearchParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API, version 1: search, suggestions, contributions and similar contributions, all scoped. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class SearchApiController {
  static final int DEFAULT_SUGGESTIONS = 8;
  static final int MAX_SUGGESTIONS = 20;
  static final int DEFAULT_SIMILAR = 5;
  private static final String NOT_FOUND = "There is no contribution with this id.";

  private final SearchIndex index;
  private final ApplicationEventPublisher events;

  SearchApiController(SearchIndex index, ApplicationEventPublisher events) {
    this.index = index;
    this.events = events;
  }

  @GetMapping("/search")
  ApiModel.SearchAnswer search(@RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(required = false) @Nullable String size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String facets,
      AccessScope scope) {
    SearchParameters parameters = SearchParameters.parse(q, page, size, sort, facets, SearchRequest.DEFAULT_LIMIT);
    SearchResult result = index.search(parameters.toRequest(scope));
    events.publishEvent(new SearchPerformed(q == null ? "" : q, scope.viewerId(), scope.communityIds(),
        result.totalHits(), parameters.page()));
    Map<String, List<ApiModel.Facet>> facetJson = new LinkedHashMap<>();
    for (FacetResult facet : result.facets()) {
      facetJson.put(facet.field().keyword(), facet.counts().stream().map(ApiModel.Facet::of).toList());
    }
    return new ApiModel.SearchAnswer(parameters.query().text(), parameters.page(), parameters.size(),
        parameters.sort().name().toLowerCase(Locale.ROOT), result.totalHits(),
        result.hits().stream().map(ApiModel.Hit::of).toList(), facetJson, result.didYouMean());
  }

  @GetMapping("/suggest")
  ApiModel.Suggestions suggest(@RequestParam(required = false) @Nullable String prefix,
      @RequestParam(required = false) @Nullable String limit, AccessScope scope) {
    int wanted = count("limit", limit, DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS);
    String typed = prefix == null ? "" : prefix.strip();
    List<String> suggestions = typed.isEmpty() ? List.of() : index.suggest(typed, scope, wanted);
    return new ApiModel.Suggestions(typed, suggestions);
  }

  @GetMapping("/contributions/{id}")
  ApiModel.ContributionJson contribution(@PathVariable String id, AccessScope scope) {
    return ApiModel.ContributionJson.of(visible(id, scope));
  }

  @GetMapping("/contributions/{id}/similar")
  ApiModel.Similar similar(@PathVariable String id, @RequestParam(required = false) @Nullable String limit,
      AccessScope scope) {
    int wanted = count("limit", limit, DEFAULT_SIMILAR, SearchRequest.MAX_LIMIT);
    visible(id, scope);
    return new ApiModel.Similar(id, index.moreLikeThis(id, scope, wanted).stream().map(ApiModel.Hit::of).toList());
  }

  private Contribution visible(String id, AccessScope scope) {
    return index.get(id, scope).orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  static int count(String parameter, @Nullable String text, int absent, int max) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below with the same message as an out-of-range number
    }
    throw new InvalidQueryException(parameter, parameter + " must be a whole number from 1 to " + max);
  }
}
