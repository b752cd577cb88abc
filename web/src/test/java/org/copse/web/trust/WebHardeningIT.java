package org.copse.web.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.copse.web.demo.DemoLoader;
import org.copse.web.digest.app.DigestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The web front door of a running Copse, over real HTTP: CSRF on every state-changing endpoint the
 * application maps, session fixation, security headers on every page, sign-in throttling that
 * slows an attacker but never locks the member out, closed actuator endpoints, and 404 for what a
 * viewer may not know exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebHardeningIT {
  /** The one state-changing endpoint open without a CSRF token: authorised by its signed token (RFC 8058). */
  private static final Set<String> TOKEN_AUTHORISED = Set.of(DigestPaths.UNSUBSCRIBE);
  private static final String ATTACKER_ADDRESS = "127.0.0.2";

  private CopseInstance copse;

  @BeforeAll
  void start() {
    copse = CopseInstance.start("hardening", Map.of(
        "copse.security.sign-in.free-attempts", "3",
        "copse.security.sign-in.base-delay", "1s",
        "copse.security.sign-in.max-delay", "8s"));
  }

  @AfterAll
  void stop() {
    copse.close();
  }

  /** Every path the application maps for POST, PUT, PATCH or DELETE, path variables filled in. */
  private List<String> stateChangingPaths() {
    Set<String> paths = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, ?> mapping : copse.bean("requestMappingHandlerMapping",
        RequestMappingHandlerMapping.class).getHandlerMethods().entrySet()) {
      Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
      boolean changes = methods.isEmpty() || methods.stream().anyMatch(m -> m != RequestMethod.GET
          && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS);
      if (changes) {
        mapping.getKey().getPatternValues().forEach(p -> paths.add(p.replaceAll("\\{[^}]+}", "x")));
      }
    }
    paths.add("/sign-out");
    paths.add("/sign-in");
    return List.copyOf(paths);
  }

  @Test
  void everyStateChangingEndpointRefusesARequestWithoutAValidCsrfToken() {
    Browser admin = copse.browser().signedInAs("david.reid", DemoLoader.PASSWORD);
    List<String> paths = stateChangingPaths();
    List<String> open = new ArrayList<>();
    for (String path : paths) {
      if (TOKEN_AUTHORISED.contains(path)) {
        continue;
      }
      for (String form : List.of("suggest=false", "suggest=false&_csrf=forged-token")) {
        HttpResponse<String> response = admin.post(path, form);
        if (response.statusCode() != 403) {
          open.add(path + " [" + form + "] -> " + response.statusCode());
        }
      }
    }

    assertThat(paths).as("state-changing endpoints found").contains("/members/me/expertise", "/admin/ingest",
        DigestPaths.PREFERENCES);
    assertThat(open).isEmpty();
    assertThat(admin.get("/admin").statusCode()).as("still signed in after all the refusals").isEqualTo(200);
  }

  @Test
  void aSessionIdPlantedBeforeSignInIsNotTheOneSignedIn() {
    Browser victim = copse.browser();
    victim.get("/sign-in");
    String planted = victim.session();
    victim.signedInAs("tom.evans", DemoLoader.PASSWORD);
    Browser attacker = copse.browser();
    attacker.useSession(planted);

    assertThat(victim.session()).isNotEqualTo(planted);
    assertThat(attacker.get("/search?q=damp").statusCode()).as("the planted id is not signed in").isEqualTo(302);
    assertThat(victim.get("/search?q=damp").statusCode()).isEqualTo(200);
  }

  @Test
  void everyPageAndApiAnswerCarriesTheSecurityHeaders() {
    Browser tom = copse.browser().signedInAs("tom.evans", DemoLoader.PASSWORD);
    Browser anonymous = copse.browser();
    List<String> missing = new ArrayList<>();
    List<String> pages = new ArrayList<>(List.of("/", "/search", "/search?q=damp", "/search?q=%22", "/experts",
        "/experts?topic=damp", "/members/tom.evans", "/members/nobody", "/contributions/" + ReadPaths.PUBLIC_DOCUMENT,
        "/contributions/nothing", "/digest/preferences", "/digest/preview", "/admin", "/no-such-page",
        "/api/v1/search?q=damp", "/api/v1/search?q=%22&page=x", "/api/v1/contributions/nothing",
        "/css/copse.css", "/js/search.js", "/actuator/health", "/actuator/env"));
    for (String page : pages) {
      check(page, tom.get(page), missing);
    }
    for (String page : List.of("/sign-in", "/sign-in?error", "/search?q=damp", "/api/v1/search?q=damp", "/actuator/health")) {
      check("anonymous " + page, anonymous.get(page), missing);
    }

    assertThat(missing).isEmpty();
  }

  private static void check(String page, HttpResponse<String> response, List<String> missing) {
    String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
    if (!csp.contains("default-src 'self'") || !csp.contains("frame-ancestors 'none'") || csp.contains("unsafe-")) {
      missing.add(page + " (" + response.statusCode() + "): Content-Security-Policy '" + csp + "'");
    }
    Map<String, String> expected = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
        "Referrer-Policy", "same-origin");
    expected.forEach((name, value) -> {
      if (!response.headers().firstValue(name).orElse("").equalsIgnoreCase(value)) {
        missing.add(page + " (" + response.statusCode() + "): " + name);
      }
    });
    if (response.headers().firstValue("Permissions-Policy").isEmpty()) {
      missing.add(page + " (" + response.statusCode() + "): Permissions-Policy");
    }
  }

  @Test
  void signInThrottlingSlowsTheAttackerButNeverLocksTheMemberOut() throws Exception {
    Browser attacker = copse.browser();
    for (int i = 0; i < 3; i++) {
      assertThat(attackerTries(attacker, "wrong-" + i).header("Location")).contains("/sign-in?error");
    }
    RawHttp.Answer throttled = attackerTries(attacker, DemoLoader.PASSWORD);
    assertThat(throttled.status()).as("even the right password waits").isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isEqualTo("1");
    assertThat(throttled.text()).doesNotContain("Exception");

    HttpResponse<String> member = copse.browser().signIn("tom.evans", DemoLoader.PASSWORD);
    assertThat(member.statusCode()).as("the member signs in from their own address").isEqualTo(302);
    assertThat(member.headers().firstValue("Location").orElse("")).doesNotContain("error");

    Thread.sleep(1_100);
    assertThat(attackerTries(attacker, "wrong-again").header("Location")).contains("/sign-in?error");
    RawHttp.Answer longer = attackerTries(attacker, DemoLoader.PASSWORD);
    assertThat(longer.status()).isEqualTo(429);
    assertThat(longer.header("Retry-After")).as("the wait doubles").isEqualTo("2");

    Thread.sleep(2_100);
    RawHttp.Answer afterWaiting = attackerTries(attacker, DemoLoader.PASSWORD);
    assertThat(afterWaiting.status()).isEqualTo(302);
    assertThat(afterWaiting.header("Location")).as("no lockout once the wait is over").doesNotContain("error");
  }

  @Test
  void httpBasicGuessesAreThrottledPerAccountAndAddressToo() {
    for (int i = 0; i < 3; i++) {
      assertThat(basicFrom(ATTACKER_ADDRESS, "priya.shah", "wrong-" + i).status()).isEqualTo(401);
    }
    RawHttp.Answer throttled = basicFrom(ATTACKER_ADDRESS, "priya.shah", DemoLoader.PASSWORD);
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isNotEmpty();

    assertThat(basicFrom("127.0.0.1", "priya.shah", DemoLoader.PASSWORD).status()).isEqualTo(200);
    assertThat(basicFrom(ATTACKER_ADDRESS, "emma.clarke", DemoLoader.PASSWORD).status())
        .as("another account from the same address").isEqualTo(200);
  }

  private RawHttp.Answer basicFrom(String address, String member, String password) {
    String credentials = Base64.getEncoder().encodeToString((member + ":" + password).getBytes(StandardCharsets.UTF_8));
    return RawHttp.getFrom(copse.port(), address, "/api/v1/search?q=damp", "Authorization: Basic " + credentials + "\r\n");
  }

  /** One sign-in attempt for tom.evans from the attacker's address, with a fresh CSRF token of its session. */
  private RawHttp.Answer attackerTries(Browser attacker, String password) {
    String token = attacker.csrfToken("/sign-in");
    return RawHttp.postForm(copse.port(), ATTACKER_ADDRESS, "/sign-in", "Cookie: JSESSIONID=" + attacker.session() + "\r\n",
        Browser.form("username", "tom.evans", "password", password, "_csrf", token));
  }

  @Test
  void actuatorEndpointsOtherThanHealthAreClosed() {
    Browser anonymous = copse.browser();
    Browser member = copse.browser().signedInAs("tom.evans", DemoLoader.PASSWORD);
    for (String endpoint : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
        "/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/metrics",
        "/actuator/info", "/actuator/prometheus", "/actuator/shutdown", "/actuator/health/../env")) {
      // 400: the firewall refuses a path with "..", before any endpoint is reached
      assertThat(anonymous.get(endpoint).statusCode()).as("anonymous " + endpoint).isIn(302, 400, 401, 403, 404);
      assertThat(member.get(endpoint).statusCode()).as("member " + endpoint).isIn(400, 403, 404);
    }
    assertThat(anonymous.post("/actuator/shutdown", "").statusCode()).isIn(302, 401, 403, 404);
    HttpResponse<String> health = anonymous.get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "disk");
  }

  /** A body with the id the path asked for (its one segment that differs between the pair) taken out. */
  private static String withoutId(String body, String path) {
    String id = path.replace("/api/v1", "").replace("/similar", "");
    id = id.substring(id.indexOf('/', 1) + 1);
    return body.replace(id, "ID");
  }

  @Test
  void whatTheViewerMayNotKnowExistsIsA404LikeWhatDoesNotExist() {
    Browser tom = copse.browser().signedInAs("tom.evans", DemoLoader.PASSWORD);
    String privateContribution = "demo:send:document:1";

    for (String[] pair : List.of(
        new String[] {"/contributions/" + privateContribution, "/contributions/demo:send:document:999"},
        new String[] {"/api/v1/contributions/" + privateContribution, "/api/v1/contributions/demo:send:document:999"},
        new String[] {"/api/v1/contributions/" + privateContribution + "/similar",
            "/api/v1/contributions/demo:send:document:999/similar"},
        new String[] {"/communities/send", "/communities/no-such-community"})) {
      HttpResponse<String> hidden = tom.get(pair[0]);
      HttpResponse<String> missing = tom.get(pair[1]);
      assertThat(hidden.statusCode()).as(pair[0]).isEqualTo(404);
      assertThat(Responses.normalised(404, withoutId(hidden.body(), pair[0]))).as(pair[0])
          .isEqualTo(Responses.normalised(404, withoutId(missing.body(), pair[1])));
    }
    // the admin area is part of the published application, not a secret: members are told they may not
    assertThat(tom.get("/admin").statusCode()).isEqualTo(403);
    assertThat(tom.get("/admin/ingest").statusCode()).isEqualTo(403);
    assertThat(tom.get(DigestPaths.OUTBOX).statusCode()).isEqualTo(403);
  }
}
