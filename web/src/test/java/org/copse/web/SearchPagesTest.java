package org.copse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.Membership;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

class SearchPagesTest extends MockMvcDemoTest {
  @Autowired SearchIndex index;
  @Autowired Directory directory;

  @Test
  void anonymousViewersAreSentToSignIn() throws Exception {
    mvc.perform(get("/search").param("q", "damp")).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/sign-in"));
  }

  @Test
  void searchShowsHighlightedHitsFacetsAndCount() throws Exception {
    MockHttpServletResponse response = getAs(TOM, "/search?q=damp+mould");
    Document page = html(response);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(page.select("li.hit")).isNotEmpty();
    assertThat(page.select("li.hit .snippet mark")).isNotEmpty();
    assertThat(page.select("section.facet[data-field=community] a")).isNotEmpty();
    assertThat(page.select(".count strong").text()).matches("[1-9][0-9]*");
  }

  @Test
  void clickingAFacetAddsItsFilterToTheQuery() throws Exception {
    Element link = html(getAs(TOM, "/search?q=repairs")).selectFirst("section.facet[data-field=tag] a");
    assertThat(link).isNotNull();
    String tag = link.selectFirst("span").text();

    Document filtered = html(mvc.perform(get(URI.create(link.attr("href")))
        .with(user(TOM)))
        .andReturn().getResponse());

    assertThat(filtered.selectFirst("#q").val()).isEqualTo("repairs tag:" + tag);
    assertThat(filtered.select("li.hit")).isNotEmpty().allSatisfy(hit ->
        assertThat(hit.select("ul.tags li").eachText()).contains(tag));
    assertThat(filtered.select("section.facet[data-field=tag] .selected")).isNotEmpty();
  }

  @Test
  void badSyntaxIsExplainedWith400() throws Exception {
    MockHttpServletResponse response = getAs(TOM, "/search?q=type:banana");

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(html(response).select("#search-error").text()).contains("type: must be one of");
  }

  @Test
  void pagingIsCappedAndLinked() throws Exception {
    Document first = html(getAs(TOM, "/search?q=year:2025"));
    assertThat(first.select("nav.pages a[rel=next]")).isNotEmpty();

    MockHttpServletResponse beyond = getAs(TOM, "/search?q=year:2025&page=101");
    assertThat(beyond.getStatus()).isEqualTo(400);
    assertThat(html(beyond).select("#search-error").text()).contains("up to number 1000");
  }

  @Test
  void newestFirstSortsByDate() throws Exception {
    List<String> days = html(getAs(TOM, "/search?q=year:2025&sort=newest")).select("li.hit time").eachAttr("datetime");

    assertThat(days).hasSizeGreaterThan(1);
    assertThat(days).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void aMisspeltQueryOffersACorrection() throws Exception {
    Element link = html(getAs(TOM, "/search?q=moudl")).selectFirst(".did-you-mean a");

    assertThat(link).isNotNull();
    assertThat(link.text()).isEqualTo("mould");
    assertThat(html(getAs(TOM, link.attr("href"))).select("li.hit")).isNotEmpty();
  }

  @Test
  void emptyResultsSaySo() throws Exception {
    Document page = html(getAs(TOM, "/search?q=zyxwvutsrq"));

    assertThat(page.select("#no-results")).isNotEmpty();
    assertThat(page.select("li.hit")).isEmpty();
  }

  @Test
  void membersOnlyCommunitiesAreInvisibleToOthers() throws Exception {
    Document asTom = html(getAs(TOM, "/search?q=EHCP"));
    Document asPriya = html(getAs(PRIYA, "/search?q=EHCP"));

    assertThat(asTom.select("li.hit")).isEmpty();
    assertThat(asTom.text()).doesNotContain("SEND and EHCP Practice");
    assertThat(asPriya.select("li.hit")).isNotEmpty();
    assertThat(asPriya.select("section.facet[data-field=community]").text()).contains("SEND and EHCP Practice");
  }

  @Test
  void contributionPageShowsMoreLikeThis() throws Exception {
    MockHttpServletResponse response = getAs(TOM, "/contributions/" + HOUSING_DOCUMENT);
    Document page = html(response);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(page.select("h1").text()).isNotBlank();
    assertThat(page.select("#similar-heading").text()).isEqualTo("More like this");
    assertThat(page.select("aside.similar li")).isNotEmpty();
  }

  @Test
  void anInvisibleContributionIsTheSame404AsAMissingOne() throws Exception {
    MockHttpServletResponse invisible = getAs(TOM, "/contributions/" + SEND_DOCUMENT);
    MockHttpServletResponse missing = getAs(TOM, "/contributions/demo:send:document:999");

    assertThat(invisible.getStatus()).isEqualTo(404);
    assertThat(missing.getStatus()).isEqualTo(404);
    // identical but for the CSRF token, which is masked afresh on every response
    assertThat(withoutCsrfToken(invisible)).isEqualTo(withoutCsrfToken(missing));
    assertThat(getAs(PRIYA, "/contributions/" + SEND_DOCUMENT).getStatus()).isEqualTo(200);
  }

  @Test
  void aRevokedMembershipTakesEffectOnTheNextRequest() throws Exception {
    assertThat(getAs(PRIYA, "/contributions/" + SEND_DOCUMENT).getStatus()).isEqualTo(200);
    directory.removeMembership(PRIYA, "send");
    try {
      assertThat(getAs(PRIYA, "/contributions/" + SEND_DOCUMENT).getStatus()).isEqualTo(404);
    } finally {
      directory.saveMemberships(List.of(new Membership(PRIYA, "send", Membership.Role.FACILITATOR)));
    }
    assertThat(getAs(PRIYA, "/contributions/" + SEND_DOCUMENT).getStatus()).isEqualTo(200);
  }

  @Test
  void titlesAndTextAreEscaped() throws Exception {
    Contribution hostile = Contribution.builder("test:hostile", ContributionKind.BLOG_POST, "housing")
        .title("<script>alert('x')</script> Quokka checklist")
        .body("The quokka <b>bold</b> onerror=alert(1) guidance.")
        .contributor(TOM, ContributorRole.AUTHOR)
        .tags(List.of("<i>tag</i>"))
        .created(Instant.parse("2026-01-01T00:00:00Z"))
        .build();
    index.index(List.of(hostile));
    try {
      String body = getAs(TOM, "/search?q=quokka").getContentAsString();
      Document page = html(getAs(TOM, "/search?q=quokka"));

      assertThat(page.select("li.hit")).hasSize(1);
      assertThat(body).doesNotContain("<script>alert").doesNotContain("<b>bold</b>").doesNotContain("<i>tag</i>");
      assertThat(page.select("li.hit h2 a").text()).startsWith("<script>alert('x')</script>");
      assertThat(getAs(TOM, "/contributions/test:hostile").getContentAsString()).doesNotContain("<script>alert");
    } finally {
      index.delete(List.of(hostile.id()));
    }
  }

  @Test
  void pagesCarryNoInlineScriptOrStyle() throws Exception {
    for (String url : List.of("/", "/search?q=damp", "/contributions/" + HOUSING_DOCUMENT)) {
      Document page = html(getAs(TOM, url));
      assertThat(page.select("script")).as(url).isNotEmpty().allSatisfy(s -> {
        assertThat(s.attr("src")).startsWith("/js/");
        assertThat(s.data()).isEmpty();
      });
      assertThat(page.select("style, [style], [onclick], [onload]")).as(url).isEmpty();
      assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).as(url).containsExactly("/css/copse.css");
    }
  }

  @Test
  void homeListsOnlyReadableCommunities() throws Exception {
    Document home = html(getAs(TOM, "/"));

    assertThat(home.select("ul.communities h3").eachText())
        .contains("Social Housing Practice Network", "FOI and Information Rights")
        .doesNotContain("SEND and EHCP Practice", "Safeguarding Adults Reviews");
  }

  private static String withoutCsrfToken(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
  }
}
