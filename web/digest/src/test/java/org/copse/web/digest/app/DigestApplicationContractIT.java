package org.copse.web.digest.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.copse.web.digest.DigestRunReport;
import org.copse.web.digest.DigestWorld;
import org.copse.web.digest.Frequency;
import org.copse.web.digest.Outcome;
import org.copse.web.digest.PreferencesStore;
import org.copse.web.digest.mail.UnsubscribeTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The digest wired by Spring Boot: the batch job over real SMTP, and its pages over real HTTP;
 * {@link LuceneDigestApplicationIT} and {@link ElasticsearchDigestApplicationIT} run these same cases
 * with the world's index on each backend (the {@code test.backend} property).
 */
@SpringBootTest(classes = DigestTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // each backend's application closes with its class (its folder and SMTP server go too)
abstract class DigestApplicationContractIT {
  @TempDir static Path folder;
  private static GreenMail smtp;

  @LocalServerPort int port;
  @Autowired DigestJob job;
  @Autowired UnsubscribeTokens tokens;
  @Autowired PreferencesStore preferences;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void startSmtp() {
    smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("test.folder", () -> folder.toString());
    registry.add("copse.data-dir", () -> folder.resolve("data").toString());
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    registry.add("spring.batch.jdbc.initialize-schema", () -> "always");
    registry.add("copse.digest.cron", () -> "-");
    registry.add("copse.digest.base-url", () -> "https://copse.example.org");
    registry.add("copse.digest.initial-backoff", () -> "10ms");
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void theBatchJobSendsEachDueMemberOnceAndARunAgainSendsNothing() {
    int before = smtp.getReceivedMessages().length;
    DigestRunReport first = job.launch(DigestWorld.PERIOD);
    assertThat(first.problems()).isEmpty();
    assertThat(first.count(Outcome.SENT)).isGreaterThanOrEqualTo(2);
    int sent = smtp.getReceivedMessages().length - before;
    assertThat(sent).isEqualTo(first.count(Outcome.SENT));

    DigestRunReport second = job.launch(DigestWorld.PERIOD);
    assertThat(second.count(Outcome.SENT)).isZero();
    assertThat(second.count(Outcome.ALREADY_SENT)).isEqualTo(first.count(Outcome.SENT));
    assertThat(smtp.getReceivedMessages()).hasSize(before + sent);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getWholeMessage))
        .filteredOn(m -> m.contains("To: Bob")).noneMatch(m -> m.contains(DigestWorld.CANARY));
  }

  @Test
  void oneClickPostWithAGenuineTokenUnsubscribesAndAForgedOneIsRefused() throws Exception {
    String token = tokens.tokenFor("erin");
    HttpResponse<String> confirm = get("/digest/unsubscribe?token=" + encode(token));
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body()).contains("<html lang=\"en-GB\"").contains("method=\"post\"");
    assertThat(preferences.get("erin").frequency()).isEqualTo(Frequency.WEEKLY); // a GET changes nothing

    HttpResponse<String> oneClick = postForm("/digest/unsubscribe?token=" + encode(token), "List-Unsubscribe=One-Click");
    assertThat(oneClick.statusCode()).isEqualTo(200);
    assertThat(oneClick.body()).contains("You are unsubscribed");
    assertThat(preferences.get("erin").frequency()).isEqualTo(Frequency.OFF);

    String erinSignature = token.substring(token.indexOf('.'));
    String forged = java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString("dave".getBytes(StandardCharsets.UTF_8)) + erinSignature;
    HttpResponse<String> refused = postForm("/digest/unsubscribe?token=" + encode(forged), "List-Unsubscribe=One-Click");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("not valid").doesNotContain("dave");
    assertThat(preferences.get("dave").frequency()).isEqualTo(Frequency.WEEKLY);
    assertThat(postForm("/digest/unsubscribe", "List-Unsubscribe=One-Click").statusCode()).isEqualTo(400);
  }

  @Test
  void preferencesAndPreviewServeOnlyTheSignedInMembersOwnView() throws Exception {
    assertThat(get("/digest/preferences").statusCode()).isEqualTo(401);

    HttpResponse<String> alice = get("/digest/preferences", "X-Test-Member", "alice");
    assertThat(alice.statusCode()).isEqualTo(200);
    assertThat(alice.body()).contains("Fraud Investigations").contains("Housing Officers");
    HttpResponse<String> bob = get("/digest/preferences", "X-Test-Member", "bob");
    assertThat(bob.body()).contains("Housing Officers").doesNotContain("Fraud Investigations");

    HttpResponse<String> saved = postForm("/digest/preferences",
        "frequency=DAILY&sections=GOOD_PRACTICE&communities=housing&tags=Damp,%20retrofit", "X-Test-Member", "carol");
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(preferences.get("carol").frequency()).isEqualTo(Frequency.DAILY);
    assertThat(preferences.get("carol").followedTags()).containsExactlyInAnyOrder("damp", "retrofit");
    HttpResponse<String> smuggled = postForm("/digest/preferences", "frequency=WEEKLY&communities=fraud",
        "X-Test-Member", "bob");
    assertThat(smuggled.statusCode()).isEqualTo(400);

    HttpResponse<String> preview = get("/digest/preview?week=2026-W48", "X-Test-Member", "bob");
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).contains("Rent arrears toolkit").doesNotContain(DigestWorld.CANARY);
    assertThat(get("/digest/preview?week=2026-W99", "X-Test-Member", "bob").statusCode()).isEqualTo(400);
  }

  @Test
  void theOutboxPageIsForAdministratorsOnly() throws Exception {
    assertThat(get("/digest/outbox", "X-Test-Member", "bob").statusCode()).isEqualTo(403);
    HttpResponse<String> admin = get("/digest/outbox", "X-Test-Member", "dave", "X-Test-Admin", "yes");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("Digests are sent by smtp 127.0.0.1");
  }
}
