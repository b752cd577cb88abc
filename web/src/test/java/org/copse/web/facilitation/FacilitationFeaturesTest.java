package org.copse.web.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copse.index.Directory;
import org.copse.index.Membership;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** The facilitation features end to end over the demo: insights from real searches, curation, routing, invitations. */
class FacilitationFeaturesTest extends FacilitationDemoTest {
  static final Set<String> SEND_MEMBERS =
      Set.of("priya.shah", "emma.clarke", "hannah.wright", "peter.walsh", "megan.lloyd", "helen.fraser");

  @Autowired Directory directory;

  @Test
  void searchesFromThePageAndTheApiAppearOnlyOnceKPeopleMadeThem() throws Exception {
    List<String> housingMembers = List.of(TOM, "grace.adeyemi", "liam.oconnor", "ben.cooper", "samuel.osei");
    for (int i = 0; i < 4; i++) {
      String path = i % 2 == 0 ? "/search" : "/api/v1/search";
      call(get(path).param("q", "Tenancy Fraud Checks").with(as(housingMembers.get(i))));
      call(get(path).param("q", "tenancy fraud checks").param("page", "2").with(as(housingMembers.get(i))));
    }
    assertThat(topSearches()).doesNotContain("tenancy fraud checks");

    call(get("/search").param("q", "tenancy  fraud checks").with(as(housingMembers.get(4))));

    assertThat(topSearches()).contains("tenancy fraud checks");
    Document page = html(call(get("/communities/housing/insights").with(as(SARAH))));
    assertThat(page.select("#top-searches td").eachText()).contains("tenancy fraud checks");
    assertThat(page.select("#no-results td").eachText()).contains("decant policy");
    assertThat(page.select("svg.chart")).isNotEmpty();
  }

  @Test
  void insightsShowDemoSearchesAboveKAndGapsWithoutExperts() throws Exception {
    JsonNode insights = body(call(get("/api/v1/communities/send/insights").with(as(PRIYA))));

    assertThat(insights.get("k").asInt()).isEqualTo(5);
    List<String> none = new ArrayList<>();
    insights.get("noResultSearches").forEach(q -> none.add(q.get("query").asString()));
    assertThat(none).contains("transport appeals");
    insights.get("topSearches").forEach(q -> assertThat(q.get("searchers").asLong()).isGreaterThanOrEqualTo(5));
    List<String> gaps = new ArrayList<>();
    insights.get("knowledgeGaps").forEach(g -> gaps.add(g.get("topic").asString()));
    assertThat(gaps).contains("transport appeals");
  }

  @Test
  void theHealthPageShowsChartsUnansweredQuestionsAndTheirWhoToAskLinks() throws Exception {
    Document page = html(call(get("/communities/housing/health").with(as(SARAH))));

    assertThat(page.select("#activity svg.chart")).hasSize(2);
    assertThat(page.select("#unanswered a").eachAttr("href"))
        .contains("/communities/housing/questions/" + HOUSING_QUESTION + "/who-to-ask");
    JsonNode health = body(call(get("/api/v1/communities/housing/health").with(as(SARAH))));
    assertThat(health.get("weeks").size()).isEqualTo(12);
    List<String> unanswered = new ArrayList<>();
    health.get("unanswered").forEach(q -> unanswered.add(q.get("id").asString()));
    assertThat(unanswered).contains(HOUSING_QUESTION);
    assertThat(health.get("reviewCandidates").size()).isPositive();
  }

  @Test
  void aQuestionInAMembersOnlyCommunityIsRoutedOnlyToItsMembersWhoOptedIn() throws Exception {
    JsonNode answer = body(call(get("/api/v1/communities/send/questions/" + SEND_QUESTION + "/who-to-ask")
        .with(as(PRIYA))));
    List<String> candidates = new ArrayList<>();
    answer.get("candidates").forEach(c -> candidates.add(c.get("memberId").asString()));
    assertThat(candidates).isNotEmpty().allMatch(SEND_MEMBERS::contains).doesNotContain(EMMA);

    JsonNode asked = body(call(post("/api/v1/communities/send/questions/" + SEND_QUESTION + "/ask")
        .param("count", "5").with(csrf()).with(as(PRIYA))));

    List<String> askedIds = new ArrayList<>();
    asked.get("asked").forEach(a -> askedIds.add(a.get("memberId").asString()));
    assertThat(askedIds).isSubsetOf("hannah.wright"); // the only opted-in member of send who is not the asker
    if (!askedIds.isEmpty()) {
      Document inbox = html(call(get("/ask/inbox").with(as("hannah.wright"))));
      assertThat(inbox.select("ul.inbox a").eachAttr("href")).contains("/contributions/" + SEND_QUESTION);
    }
  }

  @Test
  void membersChooseWhetherTheyMayBeAskedAndDefaultToNo() throws Exception {
    assertThat(body(call(get("/api/v1/ask/preferences").with(as("olivia.bates")))).get("optedIn").asBoolean())
        .isFalse();
    MockHttpServletResponse saved = call(post("/ask/preferences").param("optedIn", "true").param("maxPerWeek", "3")
        .param("channel", "EMAIL").param("pausedUntil", "2027-01-31").with(csrf()).with(as("olivia.bates")));
    assertThat(saved.getRedirectedUrl()).isEqualTo("/ask/preferences?saved=true");
    JsonNode prefs = body(call(get("/api/v1/ask/preferences").with(as("olivia.bates"))));
    assertThat(prefs.get("optedIn").asBoolean()).isTrue();
    assertThat(prefs.get("pausedUntil").asString()).isEqualTo("2027-01-31");
    assertThat(call(put("/api/v1/ask/preferences").param("maxPerWeek", "99").with(csrf()).with(as("olivia.bates")))
        .getStatus()).isEqualTo(400);
  }

  @Test
  void aPinnedResultComesFirstAndGoodPracticeMovesUpABoundedAmount() throws Exception {
    JsonNode pinned = body(call(get("/api/v1/search").param("q", "damp mould").with(as(TOM))));
    assertThat(pinned.get("hits").get(0).get("id").asString()).isEqualTo("demo:housing:document:1");

    // the demo marks one housing document; unmark it to see the order without curation
    assertThat(call(delete("/api/v1/communities/housing/good-practice/demo:housing:document:3").with(csrf())
        .with(as(SARAH))).getStatus()).isEqualTo(204);
    List<String> before = hitIds("damp");
    assertThat(before.size()).isGreaterThan(8);
    String target = before.get(8);
    assertThat(call(post("/api/v1/communities/" + community(target) + "/good-practice").param("contributionId", target)
        .with(csrf()).with(as(DAVID))).getStatus()).isEqualTo(200);

    List<String> after = hitIds("damp");
    assertThat(after.indexOf(target)).isEqualTo(5); // up by the boost of 3, no further
    assertThat(after).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void anInvitedExpertAcceptsAndBecomesAMember() throws Exception {
    assertThat(call(post("/communities/housing/invitations").param("memberId", "megan.lloyd").with(csrf())
        .with(as(SARAH))).getStatus()).isEqualTo(302);
    Document invitations = html(call(get("/invitations").with(as("megan.lloyd"))));
    assertThat(invitations.select("ul.invitations strong").eachText()).contains("Social Housing Practice Network");

    call(post("/invitations/housing").param("answer", "accept").with(csrf()).with(as("megan.lloyd")));

    assertThat(directory.membershipsOf("megan.lloyd")).contains(
        new Membership("megan.lloyd", "housing", Membership.Role.MEMBER));
    assertThat(call(post("/invitations/housing").param("answer", "accept").with(csrf()).with(as("megan.lloyd")))
        .getStatus()).isEqualTo(404);
  }

  @Test
  void anOrganisationAdminAppointsAFacilitatorWhoCanThenAct() throws Exception {
    assertThat(call(get("/communities/foi/health").with(as("sophie.turner"))).getStatus()).isEqualTo(403);
    assertThat(call(get("/organisations/councils").with(as(TOM))).getStatus()).isEqualTo(404);
    assertThat(call(post("/organisations/councils/facilitators").param("communityId", "foi")
        .param("memberId", "sophie.turner").with(csrf()).with(as(TOM))).getStatus()).isEqualTo(404);
    assertThat(call(post("/organisations/nhs/facilitators").param("communityId", "foi")
        .param("memberId", "sophie.turner").with(csrf()).with(as(MARK))).getStatus()).isEqualTo(404);

    call(post("/organisations/councils/facilitators").param("communityId", "foi").param("memberId", "sophie.turner")
        .with(csrf()).with(as(OWEN)));

    assertThat(call(get("/communities/foi/health").with(as("sophie.turner"))).getStatus()).isEqualTo(200);
    Document index = html(call(get("/facilitation").with(as("sophie.turner"))));
    assertThat(index.select("ul.facilitated a").eachAttr("href")).contains("/communities/foi/health");
  }

  private List<String> topSearches() throws Exception {
    JsonNode insights = body(call(get("/api/v1/communities/housing/insights").with(as(SARAH))));
    List<String> queries = new ArrayList<>();
    insights.get("topSearches").forEach(q -> queries.add(q.get("query").asString()));
    return queries;
  }

  private List<String> hitIds(String query) throws Exception {
    JsonNode result = body(call(get("/api/v1/search").param("q", query).param("size", "20").with(as(TOM))));
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asString()));
    return ids;
  }

  private static String community(String contributionId) {
    return contributionId.split(":")[1];
  }
}
