package org.copse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real port, spoken to over HTTP without following redirects or keeping
 * cookies automatically, so that sessions, CSRF and headers are seen exactly as a browser sees them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealServerTest {
  private static final Path DATA_DIR = DemoDataDirectory.create("server");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) {
    registry.add("copse.data-dir", DATA_DIR::toString);
    registry.add("copse.demo.load", () -> "true");
  }

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(String path, String session) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (!session.isEmpty()) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String session, String form) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (!session.isEmpty()) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<String> session(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher)
        .filter(Matcher::find).map(m -> m.group(1)).findFirst();
  }

  private static String form(String... pairs) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      form.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return form.toString();
  }

  /** Opens the sign-in page; returns its session and CSRF token. */
  private String[] openSignIn() throws Exception {
    HttpResponse<String> page = get("/sign-in", "");
    String token = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
    return new String[] {session(page).orElseThrow(), token};
  }

  /** Signs in through the form with the token; returns the sign-in page's session and the response. */
  private HttpResponse<String> signIn(String[] page, String password) throws Exception {
    return signIn(page, "tom.evans", password);
  }

  private HttpResponse<String> signIn(String[] page, String member, String password) throws Exception {
    return post("/sign-in", page[0], form("username", member, "password", password, "_csrf", page[1]));
  }

  @Test
  void theAccountsRolesDecideWhoMayOpenTheAdminPage() throws Exception {
    String admin = session(signIn(openSignIn(), "david.reid", "copse-demo")).orElseThrow();
    String member = session(signIn(openSignIn(), "tom.evans", "copse-demo")).orElseThrow();

    assertThat(get("/admin", admin).statusCode()).isEqualTo(200);
    assertThat(get("/admin", member).statusCode()).isEqualTo(403);
  }

  @Test
  void onlyHealthIsOpenOnTheActuator() throws Exception {
    HttpResponse<String> health = get("/actuator/health", "");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    for (String closed : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
        "/actuator/metrics"}) {
      assertThat(get(closed, "").statusCode()).as(closed).isNotEqualTo(200);
    }
  }

  @Test
  void securityHeadersAreSentWithAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = get("/sign-in", "");

    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
            "object-src 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:"));
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
    assertThat(get("/js/search.js", "").statusCode()).isEqualTo(200);
    assertThat(get("/css/copse.css", "").statusCode()).isEqualTo(200);
  }

  @Test
  void signInWithoutTheCsrfTokenIsRefused() throws Exception {
    String[] signIn = openSignIn();
    HttpResponse<String> response = post("/sign-in", signIn[0], form("username", "tom.evans", "password", "copse-demo"));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void signInRenewsTheSessionAndOpensPagesAndApi() throws Exception {
    String[] signIn = openSignIn();
    HttpResponse<String> signedIn = signIn(signIn, "copse-demo");

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    String session = session(signedIn).orElseThrow();
    assertThat(session).as("session fixation protection").isNotEqualTo(signIn[0]);

    HttpResponse<String> search = get("/search?q=damp", session);
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(search.body()).select("li.hit")).isNotEmpty();
    HttpResponse<String> api = get("/api/v1/search?q=damp", session);
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("\"totalHits\"");
    assertThat(get("/search?q=damp", signIn[0]).statusCode()).as("the old session is not signed in").isEqualTo(302);

    assertThat(post("/sign-out", session, "").statusCode()).as("sign-out needs the CSRF token").isEqualTo(403);
  }

  @Test
  void aWrongPasswordReturnsToSignInWithAnError() throws Exception {
    HttpResponse<String> response = signIn(openSignIn(), "not-it");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error"));
  }

  @Test
  void unknownPagesAre404WithoutInternals() throws Exception {
    String session = session(signIn(openSignIn(), "copse-demo")).orElseThrow();

    HttpResponse<String> missing = get("/no-such-page", session);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at org.");
    HttpResponse<String> api = get("/api/v1/search?q=%22&page=x", session);
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }
}
