package org.copse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributionStore;
import org.copse.index.ContributorRole;
import org.copse.index.SearchIndex;
import org.copse.web.experts.ExpertiseGraphs;
import org.copse.web.facilitation.Curation;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Community pages over the demo content, with a canary: a contribution in the members-only send community
 * by emma.clarke (who belongs to send only) carrying a word nobody else uses. tom.evans is not a member of
 * send: the word, the contribution and the community must never reach any page he sees.
 */
class CommunityPagesTest extends MockMvcDemoTest {
  static final String CANARY = "quillowpine";
  static final String CANARY_ID = "test:send:community-canary:1";
  static final String EMMA = "emma.clarke";

  @Autowired ContributionStore store;
  @Autowired SearchIndex index;
  @Autowired ExpertiseGraphs graphs;
  @Autowired Curation curation;

  @BeforeEach
  void plantCanary() {
    Contribution canary = Contribution.builder(CANARY_ID, ContributionKind.FORUM_QUESTION, "send")
        .title("Where do " + CANARY + " reviews go wrong?").body("Our " + CANARY + " reviews keep slipping.")
        .tags(List.of(CANARY)).created(Instant.parse("2025-03-04T10:00:00Z"))
        .contributor(EMMA, ContributorRole.ASKER).score(40).build();
    Canaries.plantOnce(canary, store, index, graphs);
    curation.markGoodPractice(CANARY_ID, "send", PRIYA);
  }

  @Test
  void aMemberSeesTopTopicsContributorsAndRecentActivityWithPictures() throws Exception {
    MockHttpServletResponse response = getAs(TOM, "/communities/housing");
    Document page = html(response);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(page.select("h1").text()).isEqualTo("Social Housing Practice Network");
    Element topicMap = page.selectFirst("#topics svg[role=img]");
    assertThat(topicMap).isNotNull();
    assertThat(topicMap.attr("aria-labelledby")).isEqualTo("community-topics-title community-topics-desc");
    assertThat(topicMap.select("title").text()).isEqualTo("Top topics in Social Housing Practice Network");
    assertThat(page.select("#topics-table tbody th[scope=row]").eachText()).contains("damp-and-mould", "housing");
    assertThat(page.select("#topics-table a[href^=/experts?topic=]")).isNotEmpty();
    assertThat(page.select("#contributors ol a").eachAttr("href")).isNotEmpty()
        .allSatisfy(href -> assertThat(href).startsWith("/members/"));
    assertThat(page.select("#activity svg[role=img] title").text()).isEqualTo("Weekly activity");
    assertThat(page.select("#activity table.figures tbody tr")).hasSize(26);
    assertThat(page.select("#activity table.figures thead th").eachText())
        .containsExactly("Week starting", "Discussions", "Documents", "Blogs");
    assertThat(page.select("#latest > li > a")).hasSize(10).allSatisfy(link ->
        assertThat(link.attr("href")).startsWith("/contributions/demo:housing:"));
    assertThat(page.select("a#community-search").attr("href")).isEqualTo("/search?q=community:housing");
  }

  @Test
  void theWeeklyCountsAddUpToTheContributionsOfThoseWeeks() throws Exception {
    Document page = html(getAs(TOM, "/communities/housing"));

    long counted = page.select("#activity table.figures tbody tr").stream()
        .flatMap(row -> row.select("td").eachText().stream()).mapToLong(Long::parseLong).sum();
    String firstWeek = page.select("#activity table.figures tbody tr th").first().text();
    long total = Long.parseLong(page.select("#contribution-count").text().split(" ")[0]);
    assertThat(counted).isPositive().isLessThanOrEqualTo(total);
    assertThat(firstWeek).matches("\\d{1,2} \\w{3,4}");
  }

  @Test
  void headingsGoInOrderAndEveryTableHasACaptionAndScopedHeaders() throws Exception {
    Document page = html(getAs(TOM, "/communities/housing"));

    assertHeadingsInOrder(page);
    assertThat(page.select("main table")).isNotEmpty().allSatisfy(table -> {
      assertThat(table.select("caption").text()).isNotBlank();
      assertThat(table.select("th").eachAttr("scope")).allSatisfy(scope -> assertThat(scope).isIn("col", "row"));
    });
    assertThat(page.select("main svg")).allSatisfy(svg -> {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.hasAttr("viewbox") || svg.hasAttr("viewBox")).isTrue();
      assertThat(svg.hasAttr("width")).isFalse();
    });
    assertThat(page.select("style, [style], [onclick], [onload], script:not([src])")).isEmpty();
    assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/css/copse.css", "/css/pictures.css");
  }

  @Test
  void aMembersOnlyCommunityIsTheSame404AsAMissingOneForANonMember() throws Exception {
    MockHttpServletResponse hidden = getAs(TOM, "/communities/send");
    MockHttpServletResponse missing = getAs(TOM, "/communities/no-such-community");

    assertThat(hidden.getStatus()).isEqualTo(404);
    assertThat(missing.getStatus()).isEqualTo(404);
    assertThat(html(hidden).select("main").text()).isEqualTo(html(missing).select("main").text());
    assertThat(hidden.getContentAsString().toLowerCase()).doesNotContain(CANARY).doesNotContain("ehcp")
        .doesNotContain("kent county council");
  }

  @Test
  void aMemberOfTheCommunitySeesItAndTheCanary() throws Exception {
    MockHttpServletResponse response = getAs(PRIYA, "/communities/send");
    Document page = html(response);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(page.select("#topics-table tbody th").eachText()).contains(CANARY, "ehcp");
    assertThat(page.select("#contributors a[href=/members/" + EMMA + "]")).hasSize(1);
    assertThat(page.select("#good-practice li > a").first().attr("href")).isEqualTo("/contributions/" + CANARY_ID);
    assertThat(page.select("#facilitation-links a").eachAttr("href"))
        .containsExactly("/communities/send/health", "/communities/send/insights");
    assertThat(html(getAs(PRIYA, "/")).select("#good-practice li > a").eachAttr("href"))
        .contains("/contributions/" + CANARY_ID);
  }

  @Test
  void goodPracticeMarkedByAFacilitatorShowsOnItsCommunityPage() throws Exception {
    Document page = html(getAs(TOM, "/communities/housing"));

    assertThat(page.select("#good-practice li > a").eachAttr("href"))
        .contains("/contributions/demo:housing:document:3");
    assertThat(page.select("#good-practice .meta").text()).contains("marked by Sarah Okoye");
    assertThat(page.select("#facilitation-links")).as("tom facilitates nothing").isEmpty();
  }

  @Test
  void thePrivateCanaryReachesNoPageANonMemberOpens() throws Exception {
    for (String url : List.of("/", "/communities/housing", "/communities/planning", "/communities/foi",
        "/members/" + EMMA, "/members/" + TOM)) {
      MockHttpServletResponse response = getAs(TOM, url);
      assertThat(response.getStatus()).as(url).isEqualTo(200);
      assertThat(response.getContentAsString().toLowerCase()).as(url)
          .doesNotContain(CANARY).doesNotContain(CANARY_ID).doesNotContain("ehcp")
          .doesNotContain("/communities/send");
    }
    assertThat(html(getAs(TOM, "/members/" + EMMA)).select("#expertise svg")).isEmpty();
    Document experts = html(getAs(TOM, "/experts?topic=" + CANARY));
    assertThat(experts.select("li.expert, #expertise-graph-section")).isEmpty();
    assertThat(experts.select("main").html()).doesNotContain(CANARY_ID).doesNotContain(EMMA);
  }

  @Test
  void userTextIsEscapedInPicturesAndTables() throws Exception {
    Contribution hostile = Contribution.builder("test:housing:hostile-community", ContributionKind.BLOG_POST, "housing")
        .title("<script>alert('title')</script> hostile post")
        .body("Nothing to see.")
        .contributor(TOM, ContributorRole.AUTHOR)
        .tags(List.of("<script>alert(1)</script>"))
        .created(Instant.now())
        .build();
    index.index(List.of(hostile));
    try {
      MockHttpServletResponse response = getAs(TOM, "/communities/housing");
      Document page = html(response);

      assertThat(response.getContentAsString()).doesNotContain("<script>alert");
      assertThat(page.select("script")).allSatisfy(script -> assertThat(script.attr("src")).startsWith("/js/"));
      assertThat(page.select("#topics svg text").eachText()).contains("<script>alert(1)</script>");
      assertThat(page.select("#topics-table tbody th").eachText()).contains("<script>alert(1)</script>");
      assertThat(page.select("#latest > li > a").eachText())
          .anySatisfy(title -> assertThat(title).startsWith("<script>alert('title')</script>"));
    } finally {
      index.delete(List.of(hostile.id()));
    }
  }

  @Test
  void communityPagesNeedSignIn() throws Exception {
    assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .get("/communities/housing")).andReturn().getResponse().getStatus()).isEqualTo(302);
  }

  /** No heading level is skipped on the way down, and there is exactly one h1. */
  static void assertHeadingsInOrder(Document page) {
    List<Integer> levels = page.select("main h1, main h2, main h3, main h4, main h5, main h6").stream()
        .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
    assertThat(levels).startsWith(1);
    assertThat(levels.stream().filter(level -> level == 1).count()).isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %d after %d", levels.get(i), levels.get(i - 1))
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
  }
}
