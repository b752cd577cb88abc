package org.copse.web.browser;

import java.nio.file.Path;
import org.copse.web.DemoDataDirectory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application on a random port with the demo content loaded into a fresh data directory
 * (real Lucene index, real H2 file). All browser tests share this one application context.
 *
 * <p>Demo accounts (password {@code copse-demo}): {@code tom.evans} member of housing, planning and
 * climate; {@code priya.shah} facilitator; {@code david.reid} administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase {
  static final String MEMBER = "tom.evans";
  static final String ADMIN = "david.reid";
  private static final Path DATA_DIR = DemoDataDirectory.create("browser");

  @DynamicPropertySource
  static void demo(DynamicPropertyRegistry registry) {
    registry.add("copse.data-dir", DATA_DIR::toString);
    registry.add("copse.demo.load", () -> "true");
    // CoreNLP needs ~500 MB more heap and adds nothing the pages show differently
    registry.add("copse.ingest.enrichment.enabled", () -> "false");
  }

  @LocalServerPort
  int port;
}
