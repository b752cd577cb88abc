package org.copse.web.facilitation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on real parts (Lucene on disk, H2 file database) with the demo content,
 * behind MockMvc and the security filters. Subclasses share one context.
 *
 * <p>Demo roles used: sarah.okoye facilitates housing (public); priya.shah facilitates send (members
 * only); emma.clarke is a plain member of send; tom.evans a plain member of housing; james.whitfield
 * facilitates asb only; owen.price administers the organisation that owns housing and send, facilitating
 * nothing; mark.jenkins administers the NHS organisation (safeguarding, adult social care); david.reid
 * is a site admin.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class FacilitationDemoTest {
  static final String SARAH = "sarah.okoye";
  static final String PRIYA = "priya.shah";
  static final String EMMA = "emma.clarke";
  static final String TOM = "tom.evans";
  static final String JAMES = "james.whitfield";
  static final String OWEN = "owen.price";
  static final String MARK = "mark.jenkins";
  static final String DAVID = "david.reid";
  static final String SEND_QUESTION = "demo:send:question:unanswered-1";
  static final String HOUSING_QUESTION = "demo:housing:question:unanswered-1";

  private static final Path DATA_DIR = temporaryDirectory();

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) {
    registry.add("copse.data-dir", DATA_DIR::toString);
    registry.add("copse.demo.load", () -> "true");
    registry.add("copse.digest.enabled", () -> "false");
  }

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  static RequestPostProcessor as(String member) {
    return member.equals(DAVID) ? user(member).roles("MEMBER", "ADMIN") : user(member).roles("MEMBER");
  }

  MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  JsonNode body(MockHttpServletResponse response) throws Exception {
    return json.readTree(response.getContentAsString());
  }

  static Document html(MockHttpServletResponse response) throws Exception {
    return Jsoup.parse(response.getContentAsString());
  }

  private static Path temporaryDirectory() {
    try {
      Path directory = Files.createTempDirectory("copse-facilitation-");
      directory.toFile().deleteOnExit();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
