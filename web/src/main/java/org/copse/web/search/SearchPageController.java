package org.copse.web.search;

import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchIndex;
import org.copse.index.SearchResult;
import org.copse.web.facilitation.SearchPerformed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The search page: query box, facets, highlighted hits, sort and paging. */
@Controller
class SearchPageController {
  private final SearchIndex index;
  private final Directory directory;
  private final ApplicationEventPublisher events;

  SearchPageController(SearchIndex index, Directory directory, ApplicationEventPublisher events) {
    this.index = index;
    this.directory = directory;
    this.events = events;
  }

  @GetMapping("/search")
  ModelAndView search(@RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(required = false) @Nullable String sort,
      AccessScope scope) {
    ModelAndView view = new ModelAndView("search");
    view.addObject("q", q == null ? "" : q);
    view.addObject("sort", sort == null || sort.isBlank() ? "relevance" : sort);
    if (q == null || q.isBlank()) {
      return view;
    }
    try {
      SearchParameters parameters = SearchParameters.parse(q, page, null, sort, null, SearchParameters.PAGE_SIZE);
      SearchResult result = index.search(parameters.toRequest(scope));
      events.publishEvent(new SearchPerformed(q, scope.viewerId(), scope.communityIds(), result.totalHits(), parameters.page()));
      view.addObject("result", SearchPageView.of(result, parameters, new Names(directory)));
    } catch (InvalidQueryException e) {
      view.setStatus(HttpStatus.BAD_REQUEST);
      view.addObject("error", e.getMessage());
      view.addObject("errorParameter", e.parameter());
    }
    return view;
  }
}
