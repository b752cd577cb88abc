package org.copse.web.facilitation.app;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.copse.index.Directory;
import org.copse.index.Membership;
import org.copse.web.facilitation.ContributionOpened;
import org.copse.web.facilitation.QueryNormaliser;
import org.copse.web.facilitation.SearchInsights;
import org.copse.web.facilitation.SearchOpens;
import org.copse.web.facilitation.SearchPerformed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns the search page's and API's {@link SearchPerformed} and the contribution page's
 * {@link ContributionOpened} into anonymous aggregates. A search counts in the communities its
 * {@code community:} filters name (those the searcher may read), or, without such a filter, in each
 * community the searcher belongs to: what that community's members look for. Only first pages count.
 * An opening counts as "found through search" when the page was reached from the search page.
 */
@Component
class SearchEventListener {
  private final SearchInsights insights;
  private final SearchOpens opens;
  private final Directory directory;

  SearchEventListener(SearchInsights insights, SearchOpens opens, Directory directory) {
    this.insights = insights;
    this.opens = opens;
    this.directory = directory;
  }

  @EventListener
  void searched(SearchPerformed search) {
    if (search.page() != 1) {
      return;
    }
    insights.record(search.typed(), search.searcherId(), communitiesOf(search), search.totalHits() == 0);
  }

  @EventListener
  void opened(ContributionOpened opened) {
    if (cameFromSearch()) {
      opens.record(opened.contributionId());
    }
  }

  /** The communities a search counts in; see the class comment. */
  Set<String> communitiesOf(SearchPerformed search) {
    Set<String> communities = new TreeSet<>();
    List<String> named = QueryNormaliser.communityFilters(search.typed());
    if (named.isEmpty()) {
      directory.membershipsOf(search.searcherId()).stream().map(Membership::communityId)
          .filter(search.readable()::contains).forEach(communities::add);
    } else {
      named.stream().filter(search.readable()::contains).forEach(communities::add);
    }
    return communities;
  }

  private static boolean cameFromSearch() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes servlet)) {
      return false;
    }
    HttpServletRequest request = servlet.getRequest();
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return false;
    }
    try {
      URI from = URI.create(referer);
      return "/search".equals(from.getPath()) && (from.getHost() == null || from.getHost().equals(request.getServerName()));
    } catch (IllegalArgumentException e) {
      return false; // a malformed Referer is not a search page
    }
  }
}
