package org.copse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiTest extends MockMvcDemoTest {
  private static final String PROBLEM_JSON = "application/problem+json";

  @Autowired JsonMapper json;

  private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private JsonNode body(MockHttpServletResponse response) throws Exception {
    return json.readTree(response.getContentAsString());
  }

  @Test
  void anonymousCallersGetA401Problem() throws Exception {
    MockHttpServletResponse response = call(get("/api/v1/search").param("q", "damp"));

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentType()).startsWith(PROBLEM_JSON);
    assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
    assertThat(body(response).get("status").asInt()).isEqualTo(401);
  }

  @Test
  void wrongBasicCredentialsGetA401Problem() throws Exception {
    MockHttpServletResponse response = call(get("/api/v1/search").param("q", "damp").with(httpBasic(TOM, "wrong")));

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentType()).startsWith(PROBLEM_JSON);
  }

  @Test
  void searchWithBasicAuthenticationAnswersHitsAndFacets() throws Exception {
    MockHttpServletResponse response = call(get("/api/v1/search").param("q", "damp").param("size", "5")
        .param("facets", "community,tag").with(httpBasic(TOM, PASSWORD)));
    JsonNode answer = body(response);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(answer.get("totalHits").asLong()).isPositive();
    assertThat(answer.get("hits").size()).isBetween(1, 5);
    assertThat(answer.get("hits").get(0).get("snippetHtml").asString()).contains("<mark>");
    assertThat(answer.get("facets").propertyNames()).containsExactlyInAnyOrder("community", "tag");
    answer.get("facets").get("community").forEach(value ->
        assertThat(value.get("value").asString()).isIn("housing", "asb", "planning", "foi", "climate"));
  }

  @Test
  void badParametersAre400ProblemsNamingTheParameter() throws Exception {
    assertProblem(get("/api/v1/search").param("q", "damp").param("page", "abc"), 400, "page");
    assertProblem(get("/api/v1/search").param("q", "damp").param("sort", "sideways"), 400, "sort");
    assertProblem(get("/api/v1/search").param("q", "damp").param("size", "500"), 400, "size");
    assertProblem(get("/api/v1/search").param("q", "damp").param("page", "11").param("size", "100"), 400, "page");
    assertProblem(get("/api/v1/search").param("q", "after:2024-13"), 400, "q");
    assertProblem(get("/api/v1/search").param("q", "type:banana"), 400, "q");
    assertProblem(get("/api/v1/suggest").param("prefix", "da").param("limit", "50"), 400, "limit");
  }

  @Test
  void anInvisibleContributionIsTheSame404AsAMissingOne() throws Exception {
    JsonNode invisible = assertProblem(get("/api/v1/contributions/" + SEND_DOCUMENT), 404, null);
    JsonNode missing = assertProblem(get("/api/v1/contributions/demo:send:document:999"), 404, null);
    assertProblem(get("/api/v1/contributions/" + SEND_DOCUMENT + "/similar"), 404, null);

    assertThat(invisible.get("detail")).isEqualTo(missing.get("detail"));
    assertThat(invisible.get("title")).isEqualTo(missing.get("title"));
    assertThat(call(get("/api/v1/contributions/" + SEND_DOCUMENT).with(user(PRIYA))).getStatus()).isEqualTo(200);
  }

  @Test
  void contributionAndSimilarStayInScope() throws Exception {
    JsonNode contribution = body(call(get("/api/v1/contributions/" + HOUSING_DOCUMENT).with(user(TOM))));
    JsonNode similar = body(call(get("/api/v1/contributions/" + HOUSING_DOCUMENT + "/similar").with(user(TOM))));

    assertThat(contribution.get("community").asString()).isEqualTo("housing");
    assertThat(contribution.get("contributors").get(0).get("role").asString()).isEqualTo("author");
    assertThat(similar.get("hits").size()).isPositive();
    similar.get("hits").forEach(hit -> {
      assertThat(hit.get("community").asString()).isIn("housing", "asb", "planning", "foi", "climate");
      assertThat(hit.get("id").asString()).isNotEqualTo(HOUSING_DOCUMENT);
    });
  }

  @Test
  void suggestionsAnswerThePrefix() throws Exception {
    JsonNode answer = body(call(get("/api/v1/suggest").param("prefix", "dam").with(user(TOM))));
    JsonNode blank = body(call(get("/api/v1/suggest").param("prefix", " ").with(user(TOM))));

    assertThat(answer.get("prefix").asString()).isEqualTo("dam");
    assertThat(answer.get("suggestions").size()).isPositive();
    assertThat(blank.get("suggestions").size()).isZero();
  }

  private JsonNode assertProblem(MockHttpServletRequestBuilder request, int status, String parameter) throws Exception {
    MockHttpServletResponse response = call(request.with(user(TOM)));
    JsonNode problem = body(response);
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith(PROBLEM_JSON);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception");
    if (parameter != null) {
      assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
    }
    return problem;
  }
}
