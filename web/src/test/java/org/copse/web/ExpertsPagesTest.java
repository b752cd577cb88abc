package org.copse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributionStore;
import org.copse.index.ContributorRole;
import org.copse.index.SearchIndex;
import org.copse.web.experts.ExpertiseGraphs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Experts and member pages and their API over the demo content, with a canary: a contribution by
 * priya.shah in the members-only send community on a topic nobody else writes about. tom.evans is
 * not a member of send and must never see it, in any list, evidence, topic or profile.
 */
class ExpertsPagesTest extends MockMvcDemoTest {
  static final String CANARY_TOPIC = "zanzibarquokka";
  static final String CANARY_ID = "test:send:canary:1";

  @Autowired ContributionStore store;
  @Autowired SearchIndex index;
  @Autowired ExpertiseGraphs graphs;

  @BeforeEach
  void plantCanary() {
    Contribution canary = Contribution.builder(CANARY_ID, ContributionKind.LIBRARY_DOCUMENT, "send")
        .title("Zanzibarquokka assessments for " + CANARY_TOPIC).body("How we run " + CANARY_TOPIC + " reviews.")
        .tags(List.of(CANARY_TOPIC)).created(Instant.parse("2026-11-18T10:00:00Z"))
        .contributor(PRIYA, ContributorRole.AUTHOR).build();
    Canaries.plantOnce(canary, store, index, graphs);
  }

  @Test
  void expertsOnATopicComeWithEvidenceTheViewerMayRead() throws Exception {
    Document page = html(getAs(TOM, "/experts?topic=damp"));

    assertThat(page.select("li.expert")).isNotEmpty();
    assertThat(page.select("li.expert ul.evidence li a").first().attr("href")).startsWith("/contributions/demo:");
    assertThat(page.select("li.expert .community").eachText()).isNotEmpty()
        .doesNotContain("Special educational needs", "Adult social care", "Safeguarding");
  }

  @Test
  void theExpertiseGraphDrawsTheExpertsTheirCommunitiesAndTopicsWithATableBesideIt() throws Exception {
    Document page = html(getAs(TOM, "/experts?topic=damp"));

    Element graph = page.selectFirst("#expertise-graph-section svg[role=img]");
    assertThat(graph).isNotNull();
    assertThat(graph.select("title").text()).isEqualTo("Expertise around damp");
    assertThat(graph.attr("aria-labelledby")).isEqualTo("expertise-graph-title expertise-graph-desc");
    List<String> experts = page.select("li.expert h2 a").eachText();
    List<List<String>> rows = page.select("#expertise-graph-section table.figures tbody tr").stream()
        .map(row -> row.select("th, td").eachText()).toList();
    assertThat(rows).isNotEmpty();
    // every expert is linked to the topic, and every member in the graph is one of the listed experts
    assertThat(rows.stream().filter(r -> r.get(0).equals("damp") && r.get(3).equals("Member")).map(r -> r.get(2)))
        .containsExactlyInAnyOrderElementsOf(experts);
    assertThat(rows.stream().filter(r -> r.get(1).equals("Member")).map(r -> r.get(0))).allSatisfy(name ->
        assertThat(experts).contains(name));
    assertThat(rows.stream().filter(r -> r.get(3).equals("Community")).map(r -> r.get(2)))
        .isNotEmpty().doesNotContain("SEND and EHCP Practice", "Adult Social Care Improvement",
            "Safeguarding Adults Reviews");
    assertThat(page.select("table.figures caption").text()).isEqualTo("Expertise around damp");
    CommunityPagesTest.assertHeadingsInOrder(page);
  }

  @Test
  void evidenceLinksToItsCommunityPage() throws Exception {
    Document page = html(getAs(TOM, "/experts?topic=damp"));

    assertThat(page.select("li.expert a.community").eachAttr("href")).isNotEmpty()
        .allSatisfy(href -> assertThat(href).matches("/communities/(housing|planning|climate|asb|foi)"));
  }

  @Test
  void aProfileDrawsTheMembersTopicsAsBarsWithTheSameFiguresInATable() throws Exception {
    Document page = html(getAs(TOM, "/members/" + TOM));

    Element chart = page.selectFirst("#expertise svg[role=img]");
    assertThat(chart).isNotNull();
    List<String> topics = page.select("#topics-table tbody th a").eachText();
    assertThat(topics).isNotEmpty();
    assertThat(page.select("#topics-table tbody th a").eachAttr("href"))
        .allSatisfy(href -> assertThat(href).startsWith("/experts?topic="));
    List<String> weights = page.select("#topics-table tbody td").eachText();
    for (int i = 0; i < topics.size(); i++) {
      String topic = topics.get(i);
      String weight = weights.get(i);
      assertThat(chart.select("text").eachText()).as(topic).contains(weight);
    }
    assertThat(page.select("#evidence a.community").eachAttr("href")).isNotEmpty()
        .allSatisfy(href -> assertThat(href).startsWith("/communities/"));
    assertThat(page.select("#peers table th[scope=row] a").eachAttr("href")).isNotEmpty()
        .allSatisfy(href -> assertThat(href).startsWith("/members/"));
    CommunityPagesTest.assertHeadingsInOrder(page);
  }

  @Test
  void theMembersOnlyCanaryMakesNobodyAnExpertForANonMember() throws Exception {
    MockHttpServletResponse tomsPage = getAs(TOM, "/experts?topic=" + CANARY_TOPIC);
    MockHttpServletResponse priyasPage = getAs(PRIYA, "/experts?topic=" + CANARY_TOPIC);
    MockHttpServletResponse tomsApi = getAs(TOM, "/api/v1/experts?topic=" + CANARY_TOPIC);

    assertThat(html(tomsPage).select("li.expert")).isEmpty();
    assertThat(html(tomsPage).select("#expertise-graph-section")).isEmpty();
    assertThat(html(priyasPage).select("#expertise-graph-section table.figures td").eachText())
        .contains("SEND and EHCP Practice");
    assertThat(tomsPage.getContentAsString()).doesNotContain(CANARY_ID).doesNotContain("Zanzibarquokka assessments");
    assertThat(tomsApi.getContentAsString()).contains("\"experts\":[]").doesNotContain(CANARY_ID);
    assertThat(html(priyasPage).select("li.expert a[href=/members/" + PRIYA + "]")).hasSize(1);
    assertThat(priyasPage.getContentAsString()).contains(CANARY_ID);
  }

  @Test
  void aProfileNeverShowsTheCanaryToANonMember() throws Exception {
    MockHttpServletResponse tomSeesPriya = getAs(TOM, "/members/" + PRIYA);
    MockHttpServletResponse tomSeesPriyaApi = getAs(TOM, "/api/v1/members/" + PRIYA + "/profile");
    MockHttpServletResponse priyaSeesHerself = getAs(PRIYA, "/members/" + PRIYA);

    assertThat(tomSeesPriya.getStatus()).isEqualTo(200);
    assertThat(tomSeesPriya.getContentAsString()).doesNotContain(CANARY_TOPIC).doesNotContain(CANARY_ID);
    assertThat(tomSeesPriyaApi.getStatus()).isEqualTo(200);
    assertThat(tomSeesPriyaApi.getContentAsString()).contains("\"memberId\":\"" + PRIYA + "\"")
        .doesNotContain(CANARY_TOPIC).doesNotContain(CANARY_ID);
    assertThat(priyaSeesHerself.getContentAsString()).contains(CANARY_ID);
  }

  @Test
  void unknownMembersAre404() throws Exception {
    assertThat(getAs(TOM, "/members/nobody.here").getStatus()).isEqualTo(404);
    assertThat(getAs(TOM, "/api/v1/members/nobody.here/profile").getStatus()).isEqualTo(404);
    assertThat(getAs(TOM, "/api/v1/members/nobody.here/peers").getStatus()).isEqualTo(404);
  }

  @Test
  void peersAreListedAndABadLimitIs400() throws Exception {
    MockHttpServletResponse peers = getAs(TOM, "/api/v1/members/" + TOM + "/peers?limit=3");
    MockHttpServletResponse badLimit = getAs(TOM, "/api/v1/experts?topic=damp&limit=0");

    assertThat(peers.getStatus()).isEqualTo(200);
    assertThat(peers.getContentAsString()).contains("\"memberId\":\"" + TOM + "\"", "\"peers\":[{");
    assertThat(badLimit.getStatus()).isEqualTo(400);
  }

  @Test
  void aMemberWhoOptsOutIsNotSuggestedUntilTheyOptBackIn() throws Exception {
    String emma = "emma.clarke";
    String priyaLink = "li.expert a[href=/members/" + PRIYA + "]";
    assertThat(html(getAs(emma, "/experts?topic=" + CANARY_TOPIC)).select(priyaLink)).hasSize(1);
    try {
      MockHttpServletResponse optOut = mvc.perform(post("/members/me/expertise").with(user(PRIYA)).with(csrf())
          .param("suggest", "false")).andReturn().getResponse();
      MockHttpServletResponse withoutToken = mvc.perform(post("/members/me/expertise").with(user(PRIYA))
          .param("suggest", "true")).andReturn().getResponse();

      assertThat(optOut.getRedirectedUrl()).isEqualTo("/members/" + PRIYA);
      assertThat(withoutToken.getStatus()).isEqualTo(403);
      assertThat(html(getAs(emma, "/experts?topic=" + CANARY_TOPIC)).select(priyaLink)).isEmpty();
      assertThat(html(getAs(PRIYA, "/members/" + PRIYA)).select("#expertise-choice").text())
          .contains("You are not suggested");
    } finally {
      mvc.perform(post("/members/me/expertise").with(user(PRIYA)).with(csrf()).param("suggest", "true"));
    }
    assertThat(html(getAs(emma, "/experts?topic=" + CANARY_TOPIC)).select(priyaLink)).hasSize(1);
  }

  @Test
  void expertsNeedSignIn() throws Exception {
    assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/experts?topic=damp"))
        .andReturn().getResponse().getStatus()).isEqualTo(302);
  }
}
