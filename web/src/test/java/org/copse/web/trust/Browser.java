package org.copse.web.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser with one session cookie and no automatic redirects, speaking plain HTTP to a running
 * Copse, so that sessions, CSRF tokens, status codes and headers are seen as a real browser sees them.
 */
final class Browser {
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String base;
  private final HttpClient http;
  private String session = "";

  Browser(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
  }

  String session() {
    return session;
  }

  /** Pretends to be another browser holding this session id (for fixation tests). */
  void useSession(String id) {
    session = id;
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A GET with a raw, unvalidated request target (for invalid percent-encoding). */
  HttpResponse<String> getRaw(String rawPathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base + rawPathAndQuery)).timeout(TIMEOUT).GET());
  }

  HttpResponse<String> post(String path, String form) {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Opens the sign-in page and signs in with its CSRF token; returns the response to the form post. */
  HttpResponse<String> signIn(String member, String password) {
    String token = csrfToken("/sign-in");
    return post("/sign-in", form("username", member, "password", password, "_csrf", token));
  }

  /** Signs in and fails unless it worked. */
  Browser signedInAs(String member, String password) {
    HttpResponse<String> response = signIn(member, password);
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("sign-in as " + member + " failed: " + response.statusCode() + " " + location);
    }
    return this;
  }

  /** The CSRF token of the first form on a page. */
  String csrfToken(String path) {
    HttpResponse<String> page = get(path);
    Element input = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
    if (input == null) {
      throw new IllegalStateException("no CSRF token on " + path + " (" + page.statusCode() + ")");
    }
    return input.val();
  }

  static String form(String... pairs) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      form.append(i == 0 ? "" : "&").append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
    }
    return form.toString();
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    if (!session.isEmpty()) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      newSession(response).ifPresent(id -> session = id);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Optional<String> newSession(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher)
        .filter(Matcher::find).map(m -> m.group(1)).findFirst();
  }
}
