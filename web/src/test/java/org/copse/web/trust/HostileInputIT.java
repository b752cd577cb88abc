package org.copse.web.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copse.web.demo.DemoLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hostile input in every parameter of every page and API, sent to a running Copse over real HTTP:
 * query-language abuse, huge and negative numbers, template-injection strings, markup, control
 * characters, invalid UTF-8 and percent-encoding. Each must be answered within the client's time
 * limit with a normal page, a 400 that explains, or a 404 — never a 5xx, never a stack trace,
 * never an evaluated expression, never unescaped markup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {
  private static final Logger log = LoggerFactory.getLogger(HostileInputIT.class);
  /** {@code 7777*3}: if this number shows up, an expression was evaluated. */
  private static final String EVALUATED = "23331";

  static final List<String> HOSTILE = List.of(
      "${7777*3}", "#{7777*3}", "*{7777*3}", "@{7777*3}", "~{7777*3}", "[[${7777*3}]]", "[(${7777*3})]",
      "__${7777*3}__::.x", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
      "${T(java.lang.Runtime).getRuntime().availableProcessors()}", "{{7777*3}}", "<%= 7777*3 %>", "${{7777*3}}",
      "${jndi:ldap://127.0.0.1:1/a}",
      "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
      "/.*.*.*.*.*.*.*.*.*.*a{1,100000}/", "/(a+)+$/", "*a*b*c*d*e*f*", "?*?*?*?*", "*", "damp~2", "damp~99999",
      "damp^99999", "\"damp mould\"~999999", "(".repeat(5_000), ")".repeat(5_000),
      "(damp OR ".repeat(500) + "damp" + ")".repeat(500), "damp AND ".repeat(700) + "damp",
      "tag:".repeat(1_000), "author:\"" + "\\\"".repeat(1_000), "\"unclosed", "\\", "'; DROP TABLE contributions; --",
      "year:99999999999999999999", "after:2024-13-45", "type:banana", "community:../../etc/passwd",
      "-1", "0", "2147483647", "2147483648", "99999999999999999999", "-99999999999999999999", "1e9", "0x10", "NaN",
      "\u0000", "\r\nX-Injected: yes", "\u202e\u0000\uffff", "😀".repeat(200), "x".repeat(7_000), "", " ");

  private CopseInstance copse;
  private Browser member;
  private Browser admin;

  @BeforeAll
  void start() {
    copse = CopseInstance.start("hostile", Map.of());
    member = copse.browser().signedInAs("tom.evans", DemoLoader.PASSWORD);
    admin = copse.browser().signedInAs("david.reid", DemoLoader.PASSWORD);
  }

  @AfterAll
  void stop() {
    copse.close();
  }

  /** Pages and API calls with the parameters each takes; {id} is a path segment. */
  static final Map<String, List<String>> GETS = Map.ofEntries(
      Map.entry("/", List.of("q")),
      Map.entry("/search", List.of("q", "page", "sort")),
      Map.entry("/api/v1/search", List.of("q", "page", "size", "sort", "facets")),
      Map.entry("/api/v1/suggest", List.of("prefix", "limit")),
      Map.entry("/contributions/{id}", List.of()),
      Map.entry("/api/v1/contributions/{id}", List.of()),
      Map.entry("/api/v1/contributions/{id}/similar", List.of("limit")),
      Map.entry("/experts", List.of("topic")),
      Map.entry("/api/v1/experts", List.of("topic", "limit")),
      Map.entry("/members/{id}", List.of()),
      Map.entry("/api/v1/members/{id}/profile", List.of()),
      Map.entry("/api/v1/members/{id}/peers", List.of("limit")),
      Map.entry("/digest/preview", List.of("week")),
      Map.entry("/digest/preferences", List.of("saved")),
      Map.entry("/digest/unsubscribe", List.of("token")),
      Map.entry("/digest/outbox", List.of("file", "page")),
      Map.entry("/sign-in", List.of("error")),
      Map.entry("/admin", List.of()),
      Map.entry("/admin/ingest", List.of("run")),
      Map.entry("/communities/{id}", List.of()),
      Map.entry("/communities/{id}/health", List.of("weeks")),
      Map.entry("/communities/{id}/insights", List.of("weeks")),
      Map.entry("/communities/housing/questions/{id}/who-to-ask", List.of()),
      Map.entry("/api/v1/communities/{id}/health", List.of()),
      Map.entry("/api/v1/communities/{id}/insights", List.of()),
      Map.entry("/api/v1/communities/{id}/good-practice", List.of("limit")),
      Map.entry("/api/v1/communities/{id}/pins", List.of()),
      Map.entry("/api/v1/communities/housing/questions/{id}/who-to-ask", List.of("limit")),
      Map.entry("/organisations/{id}", List.of()),
      Map.entry("/api/v1/organisations/{id}", List.of()),
      Map.entry("/ask/inbox", List.of()),
      Map.entry("/ask/preferences", List.of()),
      Map.entry("/api/v1/ask/preferences", List.of()),
      Map.entry("/invitations", List.of()),
      Map.entry("/facilitation", List.of()));

  @Test
  void everyParameterOfEveryGetAnswersHostileValuesWithinBounds() {
    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Map.Entry<String, List<String>> endpoint : GETS.entrySet()) {
      String path = endpoint.getKey();
      Browser browser = path.startsWith("/admin") || path.startsWith("/digest/outbox") ? admin : member;
      for (String value : HOSTILE) {
        List<String> targets = new ArrayList<>();
        if (path.contains("{id}")) {
          String segment = Browser.encode(value).replace("+", "%20");
          targets.add(path.replace("{id}", segment.isEmpty() ? "%20" : segment));
        } else {
          for (String parameter : endpoint.getValue()) {
            targets.add(path + "?" + parameter + "=" + Browser.encode(value));
          }
        }
        for (String target : targets) {
          requests++;
          HttpResponse<String> response = browser.get(target.replace("{id}", "x"));
          check(target, response, value, failures);
        }
      }
    }
    log.info("hostile input: {} GET requests with {} hostile values", requests, HOSTILE.size());
    assertThat(failures).isEmpty();
  }

  @Test
  void hostileValuesInEveryFormFieldAreAnsweredWithinBounds() {
    List<String> failures = new ArrayList<>();
    for (String value : HOSTILE) {
      String token = member.csrfToken("/digest/preferences");
      for (String[] form : List.of(
          new String[] {"frequency", value, "tags", "housing"},
          new String[] {"frequency", "WEEKLY", "sections", value},
          new String[] {"frequency", "WEEKLY", "communities", value},
          new String[] {"frequency", "WEEKLY", "tags", value})) {
        String[] withToken = java.util.Arrays.copyOf(form, form.length + 2);
        withToken[form.length] = "_csrf";
        withToken[form.length + 1] = token;
        HttpResponse<String> response = member.post("/digest/preferences", Browser.form(withToken));
        check("POST /digest/preferences " + form[0] + "," + form[2] + " " + value, response, value, failures);
      }
      HttpResponse<String> expertise = member.post("/members/me/expertise",
          Browser.form("suggest", value, "_csrf", member.csrfToken("/members/tom.evans")));
      check("POST /members/me/expertise " + value, expertise, value, failures);
      Browser stranger = copse.browser();
      HttpResponse<String> signIn = stranger.post("/sign-in",
          Browser.form("username", value, "password", value, "_csrf", stranger.csrfToken("/sign-in")));
      check("POST /sign-in " + value, signIn, value, failures);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void invalidPercentEncodingAndRawBytesAreRefusedCleanly() {
    List<byte[]> targets = new ArrayList<>();
    for (String path : List.of("/search?q=", "/api/v1/search?q=", "/api/v1/suggest?prefix=", "/experts?topic=",
        "/members/", "/api/v1/contributions/")) {
      for (String bad : List.of("%", "%zz", "%C3%28", "%FF%FE", "%ED%A0%80", "%C0%AF", "%00", "%0D%0AX:%20y",
          "%E2%82", "%25%")) {
        targets.add((path + bad).getBytes(StandardCharsets.ISO_8859_1));
      }
      byte[] prefix = path.getBytes(StandardCharsets.ISO_8859_1);
      byte[] raw = java.util.Arrays.copyOf(prefix, prefix.length + 3);
      raw[prefix.length] = (byte) 0xC3;
      raw[prefix.length + 1] = (byte) 0x28;
      raw[prefix.length + 2] = (byte) 0xFF;
      targets.add(raw);
    }
    List<String> failures = new ArrayList<>();
    for (byte[] target : targets) {
      RawHttp.Answer answer = RawHttp.get(copse.port(), target, member.session());
      check(new String(target, StandardCharsets.ISO_8859_1), answer.status(), answer.text(), "", true, failures);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void aHundredKilobyteQueryIsRefusedWithoutAServerError() {
    String huge = "damp ".repeat(20_000);
    HttpResponse<String> page = member.get("/search?q=" + Browser.encode(huge));
    HttpResponse<String> api = member.get("/api/v1/search?q=" + Browser.encode(huge));

    assertThat(page.statusCode()).isBetween(400, 499);
    assertThat(api.statusCode()).isBetween(400, 499);
    assertThat(page.body() + api.body()).doesNotContain("Exception", "\tat ");
  }

  private static void check(String target, HttpResponse<String> response, String value, List<String> failures) {
    boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    check(target, response.statusCode(), response.body(), value, html, failures);
  }

  private static void check(String target, int status, String body, String value, boolean html,
      List<String> failures) {
    String shown = target.length() > 120 ? target.substring(0, 120) + "…" : target;
    if (status >= 500 || status < 200) {
      failures.add(status + " " + shown + ": " + body.substring(0, Math.min(300, body.length())));
    }
    if (body.contains("Exception") || body.contains("\tat ") || body.contains("at org.")
        || body.contains("at java.")) {
      failures.add("stack trace or exception name in " + status + " " + shown);
    }
    if (body.contains(EVALUATED)) {
      failures.add("evaluated expression in " + shown);
    }
    // JSON may carry markup as data (served as JSON with nosniff); an HTML page must escape it
    if (html && !value.isEmpty() && (value.contains("<script>") || value.contains("<img")) && body.contains(value)) {
      int at = body.indexOf(value);
      failures.add("unescaped markup reflected in " + status + " " + shown + ": "
          + body.substring(Math.max(0, at - 200), Math.min(body.length(), at + 100)));
    }
    if (body.contains("X-Injected: yes") && body.indexOf("X-Injected: yes") < Math.max(0, body.indexOf("\r\n\r\n"))) {
      failures.add("header injected in " + shown);
    }
  }
}
