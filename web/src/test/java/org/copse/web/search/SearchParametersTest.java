package org.copse.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.copse.index.AccessScope;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchField;
import org.copse.index.SearchRequest;
import org.copse.index.SortOrder;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

  @Test
  void absentParametersTakeDefaults() {
    SearchParameters p = SearchParameters.parse("damp", null, null, null, null, 10);

    assertThat(p.page()).isEqualTo(1);
    assertThat(p.size()).isEqualTo(10);
    assertThat(p.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(p.facets()).isEqualTo(EnumSet.allOf(SearchField.class));
  }

  @Test
  void buildsTheIndexRequestForTheViewer() {
    SearchRequest request = SearchParameters.parse("damp", "3", "20", "Newest", "tag, community", 10)
        .toRequest(AccessScope.of("tom", "housing"));

    assertThat(request.offset()).isEqualTo(40);
    assertThat(request.limit()).isEqualTo(20);
    assertThat(request.sort()).isEqualTo(SortOrder.NEWEST);
    assertThat(request.facets()).containsExactlyInAnyOrder(SearchField.TAG, SearchField.COMMUNITY);
    assertThat(request.scope().communityIds()).containsExactly("housing");
  }

  @Test
  void noFacetsWhenAskedForNone() {
    assertThat(SearchParameters.parse("x", null, null, null, "none", 10).facets()).isEmpty();
  }

  @Test
  void refusesBadParametersNamingThem() {
    assertRefused("page", "abc", null, null, null);
    assertRefused("page", "0", null, null, null);
    assertRefused("size", null, "0", null, null);
    assertRefused("size", null, "101", null, null);
    assertRefused("sort", null, null, "sideways", null);
    assertRefused("facets", null, null, null, "colour");
  }

  @Test
  void pagesStopAtTheWindowCap() {
    assertThat(SearchParameters.parse("x", "100", "10", null, null, 10).lastAllowedPage()).isEqualTo(100);
    assertRefused("page", "101", "10", null, null);
    assertRefused("page", "2147483647", "100", null, null);
  }

  @Test
  void badQuerySyntaxIsRefusedOnQ() {
    assertThatThrownBy(() -> SearchParameters.parse("type:banana", null, null, null, null, 10))
        .isInstanceOf(InvalidQueryException.class)
        .extracting(e -> ((InvalidQueryException) e).parameter()).isEqualTo("q");
  }

  @Test
  void facetFiltersAreAppendedQuotedWhenNeeded() {
    assertThat(SearchPageView.withFilter("damp", SearchField.TAG, "repairs")).isEqualTo("damp tag:repairs");
    assertThat(SearchPageView.withFilter("", SearchField.ENTITY, "Housing Ombudsman"))
        .isEqualTo("entity:\"Housing Ombudsman\"");
  }

  @Test
  void snippetsBecomePlainText() {
    assertThat(Snippets.toText("<mark>damp</mark> &amp;\n\nmould &lt;b&gt;")).isEqualTo("damp & mould <b>");
  }

  private static void assertRefused(String parameter, String page, String size, String sort, String facets) {
    assertThatThrownBy(() -> SearchParameters.parse("damp", page, size, sort, facets, 10))
        .isInstanceOf(InvalidQueryException.class)
        .extracting(e -> ((InvalidQueryException) e).parameter()).isEqualTo(parameter);
  }
}
