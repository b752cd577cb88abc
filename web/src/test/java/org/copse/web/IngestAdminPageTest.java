package org.copse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin ingest page: admins only, CSRF-protected, a run started from it shows its report, and experts follow. */
class IngestAdminPageTest extends MockMvcDemoTest {
  static final String ADMIN = "david.reid";
  static final int POLLS = 120;

  private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(user(ADMIN).roles("MEMBER", "ADMIN"))).andReturn().getResponse();
  }

  @Test
  void onlyAdminsMayOpenItOrStartARun() throws Exception {
    assertThat(getAs(TOM, "/admin/ingest").getStatus()).isEqualTo(403);
    assertThat(mvc.perform(post("/admin/ingest").with(user(TOM)).with(csrf()).param("type", "feed")
        .param("path", "/").param("community", "housing")).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(asAdmin(post("/admin/ingest").param("type", "feed").param("path", "/").param("community", "housing"))
        .getStatus()).isEqualTo(403);
    Document page = html(asAdmin(get("/admin/ingest")));
    assertThat(page.select("form#start-ingest input[name=_csrf]")).hasSize(1);
    assertThat(page.select("select#type option").eachText()).contains("library", "stackexchange", "feed", "jsonl");
  }

  @Test
  void badRequestsAreExplainedOnThePage() throws Exception {
    MockHttpServletResponse missing = asAdmin(post("/admin/ingest").with(csrf()).param("type", "feed")
        .param("path", "/no/such/file.xml").param("community", "housing"));
    MockHttpServletResponse unknownCommunity = asAdmin(post("/admin/ingest").with(csrf()).param("type", "feed")
        .param("path", "/").param("community", "no-such-community"));

    assertThat(missing.getStatus()).isEqualTo(302);
    assertThat(missing.getRedirectedUrl()).isEqualTo("/admin/ingest");
    assertThat(mvc.perform(get("/admin/ingest").with(user(ADMIN).roles("MEMBER", "ADMIN"))
        .flashAttr("error", "x")).andReturn().getResponse().getContentAsString()).contains("ingest-error");
    assertThat(unknownCommunity.getStatus()).isEqualTo(302);
  }

  @Test
  void aRunStartedHereShowsItsReportAndItsAuthorsBecomeExperts() throws Exception {
    Path feed = Path.of(getClass().getResource("/ingest/feed-rss2-two-housing-posts.xml").toURI());

    MockHttpServletResponse started = asAdmin(post("/admin/ingest").with(csrf()).param("type", "feed")
        .param("path", feed.toString()).param("community", "housing").param("name", "admin-feed"));

    assertThat(started.getStatus()).isEqualTo(302);
    Document page = null;
    for (int poll = 0; poll < POLLS; poll++) {
      page = html(asAdmin(get("/admin/ingest")));
      if (!page.select("article.ingest-report").isEmpty()) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(page.select("article.ingest-report")).as("a report within %d polls", POLLS).isNotEmpty();
    assertThat(page.select("article.ingest-report .status").first().text()).isEqualTo("COMPLETED");
    assertThat(page.select("article.ingest-report dd.indexed").first().text()).isEqualTo("2");
    assertThat(page.select("svg#ingest-runs[role=img] title").text()).isEqualTo("Ingest runs over time");
    List<String> lastRun = page.select("table.figures tbody tr").last().select("th, td").eachText();
    assertThat(lastRun).hasSize(4).element(1).isEqualTo("2");
    assertThat(lastRun.get(0)).startsWith("Run ");
    // the graph is refreshed just after the report is published
    String experts = "";
    for (int poll = 0; poll < POLLS && !experts.contains("\"evidence\":[{"); poll++) {
      experts = getAs(TOM, "/api/v1/experts?topic=quokkafield").getContentAsString();
      Thread.sleep(100);
    }
    assertThat(experts).contains("\"evidence\":[{", "Quokkafield");
  }
}
