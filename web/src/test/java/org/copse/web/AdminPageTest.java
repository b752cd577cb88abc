package org.copse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class AdminPageTest extends MockMvcDemoTest {

  @Test
  void adminsSeeIndexAndStoreCounts() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/admin").with(user("david.reid").roles("MEMBER", "ADMIN")))
        .andReturn().getResponse();
    Document page = html(response);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(page.select("#backend").text()).isEqualTo("lucene");
    assertThat(Long.parseLong(page.select("#indexed").text())).isGreaterThanOrEqualTo(150);
    assertThat(page.select("#stored").text()).isEqualTo(page.select("#indexed").text());
  }

  @Test
  void membersAndFacilitatorsMayNot() throws Exception {
    assertThat(mvc.perform(get("/admin").with(user(TOM).roles("MEMBER"))).andReturn().getResponse().getStatus())
        .isEqualTo(403);
    assertThat(mvc.perform(get("/admin").with(user(PRIYA).roles("MEMBER", "FACILITATOR"))).andReturn().getResponse()
        .getStatus()).isEqualTo(403);
  }

  @Test
  void theAdminLinkShowsOnlyForAdmins() throws Exception {
    Document asAdmin = html(mvc.perform(get("/").with(user("david.reid").roles("MEMBER", "ADMIN"))).andReturn()
        .getResponse());
    Document asMember = html(getAs(TOM, "/"));

    assertThat(asAdmin.select("nav a[href=/admin]")).hasSize(1);
    assertThat(asMember.select("nav a[href=/admin]")).isEmpty();
  }
}
