package org.copse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.copse.web.digest.Frequency;
import org.copse.web.digest.PreferencesStore;
import org.copse.web.digest.mail.UnsubscribeTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** The digest's pages inside the application: one-click unsubscribe is open, the rest stays protected. */
class DigestPagesTest extends MockMvcDemoTest {
  @Autowired UnsubscribeTokens tokens;
  @Autowired PreferencesStore preferences;

  @Test
  void oneClickUnsubscribeWorksWithoutSignInOrCsrfToken() throws Exception {
    String token = tokens.tokenFor(TOM);

    MockHttpServletResponse confirm = mvc.perform(get("/digest/unsubscribe").param("token", token)).andReturn().getResponse();
    MockHttpServletResponse oneClick = mvc.perform(post("/digest/unsubscribe").param("token", token)
        .param("List-Unsubscribe", "One-Click")).andReturn().getResponse();

    assertThat(confirm.getStatus()).isEqualTo(200);
    assertThat(oneClick.getStatus()).isEqualTo(200);
    assertThat(preferences.get(TOM).frequency()).isEqualTo(Frequency.OFF);
  }

  @Test
  void aForgedUnsubscribeTokenIsRefused() throws Exception {
    MockHttpServletResponse forged = mvc.perform(post("/digest/unsubscribe").param("token", "x.y")).andReturn().getResponse();

    assertThat(forged.getStatus()).isEqualTo(400);
  }

  @Test
  void preferencesNeedSignInAndACsrfToken() throws Exception {
    MockHttpServletResponse anonymous = mvc.perform(get("/digest/preferences")).andReturn().getResponse();
    MockHttpServletResponse withoutToken = mvc.perform(post("/digest/preferences").with(user(PRIYA))
        .param("frequency", "DAILY")).andReturn().getResponse();
    MockHttpServletResponse page = mvc.perform(get("/digest/preferences").with(user(PRIYA))).andReturn().getResponse();

    assertThat(anonymous.getStatus()).isEqualTo(302);
    assertThat(anonymous.getRedirectedUrl()).endsWith("/sign-in");
    assertThat(withoutToken.getStatus()).isEqualTo(403);
    assertThat(page.getStatus()).isEqualTo(200);
  }

  @Test
  void theOutboxIsForAdminsOnly() throws Exception {
    MockHttpServletResponse member = mvc.perform(get("/digest/outbox").with(user(PRIYA))).andReturn().getResponse();
    MockHttpServletResponse admin = mvc.perform(get("/digest/outbox").with(user("david.reid").roles("MEMBER", "ADMIN")))
        .andReturn().getResponse();

    assertThat(member.getStatus()).isEqualTo(403);
    assertThat(admin.getStatus()).isEqualTo(200);
  }
}
