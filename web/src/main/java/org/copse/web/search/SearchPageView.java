package org.copse.web.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.copse.index.FacetCount;
import org.copse.index.FacetResult;
import org.copse.index.SearchField;
import org.copse.index.SearchHit;
import org.copse.index.SearchResult;
import org.copse.index.query.UserQuery;
import org.jspecify.annotations.Nullable;

/**
 * What the search page shows for one result: hits with names instead of ids, facets as links that
 * add a filter to the query, and the page links (never beyond the paging cap).
 *
 * @param query the query as typed
 * @param totalHits matching contributions
 * @param hits this page
 * @param facets counted fields that have values
 * @param didYouMean a corrected query, if any
 * @param page this page, from 1
 * @param lastPage the last page that may be asked for
 * @param pages page numbers to link, around this one
 * @param capped whether there are more hits than pages may show
 */
public record SearchPageView(
    String query,
    long totalHits,
    List<HitView> hits,
    List<FacetView> facets,
    @Nullable String didYouMean,
    int page,
    int lastPage,
    List<Integer> pages,
    boolean capped) {

  /** One hit; {@code snippetHtml} is the index's escaped snippet, the only HTML the page emits unescaped. */
  public record HitView(String id, String title, String kind, String communityId, String community, String snippetHtml,
      List<String> authors, List<String> tags, LocalDate created) {}

  /** One counted field. */
  public record FacetView(String title, String keyword, List<FacetValueView> values) {}

  /** One value: {@code query} is the current query with this value's filter added. */
  public record FacetValueView(String label, long count, String query, boolean selected) {}

  private static final int PAGE_LINKS_EACH_SIDE = 2;

  static SearchPageView of(SearchResult result, SearchParameters parameters, Names names) {
    List<HitView> hits = result.hits().stream().map(hit -> hit(hit, names)).toList();
    List<FacetView> facets = result.facets().stream()
        .filter(facet -> !facet.counts().isEmpty())
        .map(facet -> facet(facet, parameters.query(), names))
        .toList();
    long pagesOfHits = Math.max(1, (result.totalHits() + parameters.size() - 1) / parameters.size());
    int lastPage = (int) Math.min(pagesOfHits, parameters.lastAllowedPage());
    List<Integer> pages = new ArrayList<>();
    for (int p = Math.max(1, parameters.page() - PAGE_LINKS_EACH_SIDE);
        p <= Math.min(lastPage, parameters.page() + PAGE_LINKS_EACH_SIDE); p++) {
      pages.add(p);
    }
    return new SearchPageView(parameters.query().text(), result.totalHits(), hits, facets, result.didYouMean(),
        parameters.page(), lastPage, pages, pagesOfHits > lastPage);
  }

  private static HitView hit(SearchHit hit, Names names) {
    return new HitView(hit.id(), hit.title(), hit.kind().label(), hit.communityId(), names.community(hit.communityId()),
        hit.snippetHtml(), hit.authorIds().stream().map(names::member).toList(), hit.tags(),
        LocalDate.ofInstant(hit.created(), ZoneOffset.UTC));
  }

  private static FacetView facet(FacetResult facet, UserQuery query, Names names) {
    SearchField field = facet.field();
    List<FacetValueView> values = facet.counts().stream()
        .map(count -> value(field, count, query, names))
        .toList();
    return new FacetView(Names.facetTitle(field), field.keyword(), values);
  }

  private static FacetValueView value(SearchField field, FacetCount count, UserQuery query, Names names) {
    boolean selected = query.filters().stream().anyMatch(filter -> !filter.excluded() && filter.field() == field
        && filter.value().equalsIgnoreCase(count.value()));
    return new FacetValueView(names.facetValue(field, count.value()), count.count(),
        withFilter(query.text(), field, count.value()), selected);
  }

  /** The query text with {@code field:value} added, quoting values that hold spaces or quotes. */
  static String withFilter(String queryText, SearchField field, String value) {
    String cleaned = value.replace("\"", "");
    boolean quote = cleaned.chars().anyMatch(Character::isWhitespace);
    String filter = field.keyword() + ":" + (quote ? "\"" + cleaned + "\"" : cleaned);
    return queryText.isBlank() ? filter : queryText + " " + filter;
  }
}
