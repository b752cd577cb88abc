package org.copse.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link SignInThrottle} to the sign-in form and to HTTP Basic credentials: a pair that
 * must wait is answered 429 with {@code Retry-After} before its password is checked; afterwards the
 * outcome (a redirect to the error page or a 401 is a failure) is recorded. Not a bean, so that
 * Spring Boot does not also register it outside the security filter chain.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);
  static final String SIGN_IN = "/sign-in";

  private final SignInThrottle throttle;
  private final boolean basic;

  private SignInThrottleFilter(SignInThrottle throttle, boolean basic) {
    this.throttle = throttle;
    this.basic = basic;
  }

  /** For the pages: throttles the sign-in form. */
  static SignInThrottleFilter forSignInForm(SignInThrottle throttle) {
    return new SignInThrottleFilter(throttle, false);
  }

  /** For the API: throttles HTTP Basic credentials. */
  static SignInThrottleFilter forHttpBasic(SignInThrottle throttle) {
    return new SignInThrottleFilter(throttle, true);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean form = !basic && "POST".equals(request.getMethod()) && SIGN_IN.equals(request.getServletPath());
    String account = basic ? basicUser(request.getHeader("Authorization")) : form ? request.getParameter("username") : null;
    if (account == null) {
      chain.doFilter(request, response);
      return;
    }
    String client = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitBeforeNextTry(account, client);
    if (wait.isPresent()) {
      refuse(response, wait.get());
      return;
    }
    chain.doFilter(request, response);
    if (form ? formFailed(response) : response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(account, client);
    } else if (form ? formSucceeded(response) : response.getStatus() < 400) {
      throttle.succeeded(account, client);
    }
  }

  private static boolean formFailed(HttpServletResponse response) {
    String location = response.getHeader("Location");
    return location != null && location.contains(SIGN_IN + "?error");
  }

  private static boolean formSucceeded(HttpServletResponse response) {
    String location = response.getHeader("Location");
    return response.getStatus() == HttpStatus.FOUND.value() && location != null && !location.contains(SIGN_IN);
  }

  private static void refuse(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    log.info("sign-in throttled for {} s after repeated failures", seconds);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write(("Too many failed sign-ins for this account from your address. Try again in "
        + seconds + " seconds. Signing in from elsewhere is not affected.\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The user name of HTTP Basic credentials, or null when there are none (or they are malformed). */
  static @Nullable String basicUser(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      // not Base64: Spring Security's Basic filter answers it as bad credentials
      return null;
    }
  }
}
