package org.copse.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers API callers who are not signed in (401) or not allowed (403) with an RFC 9457 problem
 * detail instead of the sign-in page.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {
  static final String REALM = "Copse";

  private final JsonMapper json;

  ProblemAuthenticationEntryPoint(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    write(request, response, HttpStatus.UNAUTHORIZED,
        "Sign in first: send the session cookie of a signed-in browser, or HTTP Basic credentials.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "Your account may not do this.");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
