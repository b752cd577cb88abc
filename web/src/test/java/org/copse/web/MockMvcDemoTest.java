package org.copse.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole application (real Lucene index, real H2 file database, demo content loaded) behind
 * MockMvc with the security filters. Subclasses share one context and one data directory.
 *
 * <p>Demo facts the tests rely on: {@code tom.evans} is a plain member of housing, planning and
 * climate and cannot read the members-only communities (send, adult-social-care, safeguarding);
 * {@code priya.shah} belongs to send and adult-social-care.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class MockMvcDemoTest {
  static final String TOM = "tom.evans";
  static final String PRIYA = "priya.shah";
  static final String PASSWORD = "copse-demo";
  static final String SEND_DOCUMENT = "demo:send:document:1";
  static final String HOUSING_DOCUMENT = "demo:housing:document:1";

  private static final Path DATA_DIR = DemoDataDirectory.create("mockmvc");

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) {
    registry.add("copse.data-dir", DATA_DIR::toString);
    registry.add("copse.demo.load", () -> "true");
  }

  @Autowired
  protected MockMvc mvc;

  /** The response to a GET as the given member. */
  protected MockHttpServletResponse getAs(String member, String url) throws Exception {
    return mvc.perform(get(url).with(user(member))).andReturn().getResponse();
  }

  protected static Document html(MockHttpServletResponse response) throws Exception {
    return Jsoup.parse(response.getContentAsString());
  }
}
