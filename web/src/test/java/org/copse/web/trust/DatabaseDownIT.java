package org.copse.web.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copse.web.demo.DemoLoader;
import org.h2.tools.Server;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database goes away under a running Copse (a real H2 server whose process side is stopped:
 * connections are refused). Every page and API call then fails closed — a 503 that says so, no
 * hits, no counts, no contribution — because the viewer's scope cannot be read, and nothing is
 * served without it. When the database returns, so does Copse, without a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseDownIT {
  private static final List<String> READS = List.of("/", "/search?q=damp", "/api/v1/search?q=damp",
      "/api/v1/suggest?prefix=damp", "/experts?topic=damp", "/api/v1/experts?topic=damp",
      "/contributions/" + ReadPaths.PUBLIC_DOCUMENT, "/api/v1/contributions/" + ReadPaths.PUBLIC_DOCUMENT,
      "/api/v1/contributions/" + ReadPaths.PUBLIC_DOCUMENT + "/similar", "/members/tom.evans",
      "/api/v1/members/tom.evans/profile", "/digest/preview?week=2026-W47", "/digest/preferences");

  private Path baseDir;
  private int port;
  private Server database;
  private CopseInstance copse;

  @BeforeAll
  void start() throws Exception {
    baseDir = Files.createTempDirectory("copse-trust-h2-");
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    database = startDatabase();
    copse = CopseInstance.start("database-down", Map.of(
        "spring.datasource.url", "jdbc:h2:tcp://127.0.0.1:" + port + "/copse",
        // fail fast when the database is gone instead of holding each request for Hikari's default 30 s
        "spring.datasource.hikari.connection-timeout", "1000",
        "spring.datasource.hikari.validation-timeout", "500"));
  }

  @AfterAll
  void stop() {
    copse.close();
    database.stop();
  }

  private Server startDatabase() throws SQLException {
    return Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", baseDir.toString(), "-ifNotExists")
        .start();
  }

  @Test
  void withTheDatabaseDownEveryReadFailsClosedAndRecoversWhenItReturns() throws Exception {
    Browser tom = copse.browser().signedInAs("tom.evans", DemoLoader.PASSWORD);
    for (String path : READS) {
      assertThat(tom.get(path).statusCode()).as("before: " + path).isEqualTo(200);
    }

    database.stop();
    for (String path : READS) {
      HttpResponse<String> response = tom.get(path);
      assertThat(response.statusCode()).as("database down: " + path).isEqualTo(503);
      String body = Responses.withoutCsrfTokens(response.body());
      assertThat(body).as(path).doesNotContain("Exception", "\tat ", "jdbc:", "SQL", "totalHits", "\"hits\"");
      assertThat(Jsoup.parse(body).select("li.hit, .facet, .expert")).as(path).isEmpty();
    }
    HttpResponse<String> signIn = copse.browser().signIn("sophie.turner", DemoLoader.PASSWORD);
    assertThat(signIn.statusCode()).as("sign-in with the database down").isEqualTo(302);
    assertThat(signIn.headers().firstValue("Location").orElse("")).contains("/sign-in?error");

    database = startDatabase();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!READS.stream().allMatch(path -> tom.get(path).statusCode() == 200) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    for (String path : READS) {
      assertThat(tom.get(path).statusCode()).as("after: " + path).isEqualTo(200);
    }
    assertThat(Jsoup.parse(tom.get("/search?q=damp").body()).select("li.hit")).isNotEmpty();
  }
}
