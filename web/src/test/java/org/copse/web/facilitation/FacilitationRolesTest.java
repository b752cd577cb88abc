package org.copse.web.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every facilitation page and API endpoint, for every kind of caller (issue #10): anonymous, a plain
 * member, a facilitator of another community, the community's facilitator, an admin of its
 * organisation, an admin of another organisation and a site admin. 404 where the caller may not read
 * the community, 403 where they may read it but not act.
 */
class FacilitationRolesTest extends FacilitationDemoTest {

  /** An endpoint for a community: a request maker taking the community id. */
  record Endpoint(String name, boolean api, Function<String, MockHttpServletRequestBuilder> request) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Endpoint> endpoints() {
    return List.of(
        new Endpoint("health page", false, c -> get("/communities/" + c + "/health")),
        new Endpoint("insights page", false, c -> get("/communities/" + c + "/insights")),
        new Endpoint("who-to-ask page", false, c -> get("/communities/" + c + "/questions/" + question(c) + "/who-to-ask")),
        new Endpoint("ask", false, c -> post("/communities/" + c + "/questions/" + question(c) + "/ask")
            .param("count", "1").with(csrf())),
        new Endpoint("mark good practice", false, c -> post("/communities/" + c + "/good-practice")
            .param("contributionId", "demo:" + c + ":document:2").with(csrf())),
        new Endpoint("pin", false, c -> post("/communities/" + c + "/pins").param("query", "roles test")
            .param("contributionId", "demo:" + c + ":document:2").with(csrf())),
        new Endpoint("invite", false, c -> post("/communities/" + c + "/invitations").param("memberId", "olivia.bates")
            .with(csrf())),
        new Endpoint("API health", true, c -> get("/api/v1/communities/" + c + "/health")),
        new Endpoint("API insights", true, c -> get("/api/v1/communities/" + c + "/insights")),
        new Endpoint("API who-to-ask", true, c -> get("/api/v1/communities/" + c + "/questions/" + question(c)
            + "/who-to-ask")),
        new Endpoint("API ask", true, c -> post("/api/v1/communities/" + c + "/questions/" + question(c) + "/ask")
            .param("count", "1").with(csrf())),
        new Endpoint("API good practice list", true, c -> get("/api/v1/communities/" + c + "/good-practice")),
        new Endpoint("API mark good practice", true, c -> post("/api/v1/communities/" + c + "/good-practice")
            .param("contributionId", "demo:" + c + ":document:2").with(csrf())),
        new Endpoint("API unmark good practice", true, c -> delete("/api/v1/communities/" + c
            + "/good-practice/demo:" + c + ":document:2").with(csrf())),
        new Endpoint("API pins", true, c -> get("/api/v1/communities/" + c + "/pins")),
        new Endpoint("API pin", true, c -> post("/api/v1/communities/" + c + "/pins").param("query", "roles test")
            .param("contributionId", "demo:" + c + ":document:2").with(csrf())),
        new Endpoint("API unpin", true, c -> delete("/api/v1/communities/" + c + "/pins").param("query", "roles test")
            .with(csrf())),
        new Endpoint("API invite", true, c -> post("/api/v1/communities/" + c + "/invitations")
            .param("memberId", "olivia.bates").with(csrf())));
  }

  static String question(String community) {
    return community.equals("send") ? SEND_QUESTION : HOUSING_QUESTION;
  }

  /** Who, on which community, and what they get: "ok", "403", "404" or "anonymous". */
  static Stream<Arguments> cases() {
    String[][] matrix = {
        // the members-only community: to those who cannot read it, it does not exist
        {null, "send", "anonymous"},
        {TOM, "send", "404"},
        {SARAH, "send", "404"},      // facilitator of another community
        {MARK, "send", "404"},       // admin of another organisation
        {EMMA, "send", "403"},       // a plain member of send
        {PRIYA, "send", "ok"},       // send's facilitator
        {OWEN, "send", "ok"},        // admin of send's organisation, not a member
        {DAVID, "send", "ok"},       // site admin
        // the public community: readable by all, so refusals are 403
        {TOM, "housing", "403"},
        {JAMES, "housing", "403"},   // facilitator of asb, a member of housing
        {MARK, "housing", "403"},
        {SARAH, "housing", "ok"},
        {OWEN, "housing", "ok"},
        // no such community: 404 for everyone, site admins included
        {DAVID, "nowhere", "404"},
        {SARAH, "nowhere", "404"}};
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (String[] row : matrix) {
        cases.add(Arguments.of(endpoint, row[0], row[1], row[2]));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} on {2} as {1}: {3}")
  @MethodSource("cases")
  void everyEndpointChecksTheRoleOnTheServer(Endpoint endpoint, @Nullable String member, String community,
      String expected) throws Exception {
    MockHttpServletRequestBuilder request = endpoint.request().apply(community);
    MockHttpServletResponse response = call(member == null ? request : request.with(as(member)));

    switch (expected) {
      case "anonymous" -> {
        if (endpoint.api()) {
          assertThat(response.getStatus()).isEqualTo(401);
        } else {
          assertThat(response.getStatus()).isEqualTo(302);
          assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
        }
      }
      case "ok" -> {
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 302);
        if (response.getStatus() == 302) {
          assertThat(response.getRedirectedUrl()).startsWith("/communities/" + community);
        }
      }
      default -> {
        assertThat(response.getStatus()).isEqualTo(Integer.parseInt(expected));
        if (expected.equals("404")) {
          // nothing about the community leaks: the same answer as for one that does not exist
          assertThat(response.getContentAsString()).contains("There is no community with this id.")
              .doesNotContain("SEND", "Special", "ehcp", "EHCP");
        }
      }
    }
  }
}
