package org.copse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.copse.store.JdbcSnapshots;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scaled-out setting {@code copse.expertise.graph-store=database}: the graph built from the demo
 * content is saved as a snapshot in the application database, never as a file, and experts are
 * ranked from it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GraphInDatabaseTest {
  private static final Path DATA_DIR = DemoDataDirectory.create("graph-in-database");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("copse.data-dir", DATA_DIR::toString);
    registry.add("copse.demo.load", () -> "true");
    registry.add("copse.expertise.graph-store", () -> "database");
  }

  @Autowired MockMvc mvc;
  @Autowired DataSource dataSource;

  @Test
  void theGraphIsASnapshotInTheDatabaseAndExpertsComeFromIt() throws Exception {
    assertThat(new JdbcSnapshots(dataSource).find("expertise-graph")).isPresent();
    assertThat(Files.exists(DATA_DIR.resolve("expertise").resolve("graph.bin"))).isFalse();

    String page = mvc.perform(get("/experts?topic=damp").with(user("tom.evans"))).andReturn().getResponse()
        .getContentAsString();
    assertThat(Jsoup.parse(page).select("li.expert")).isNotEmpty();
  }
}
