package org.copse.web.security;

import java.time.Clock;
import org.copse.web.digest.app.DigestPaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may reach what. Pages: form sign-in against the accounts table. API ({@code /api/**}): the
 * same session or HTTP Basic, and a 401 problem detail instead of a redirect. Only
 * {@code /actuator/health} and the digest's unsubscribe link (authorised by its signed token, and
 * without CSRF token for RFC 8058 one-click POSTs) are open to anonymous callers. CSRF protection is
 * on for everything else. Password guessing, by form or HTTP Basic, is slowed by the
 * {@link SignInThrottle}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  /** No inline script or style, nothing from another origin, no framing. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  SignInThrottle signInThrottle(SignInThrottleProperties settings) {
    return new SignInThrottle(settings, Clock.systemUTC());
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint, SignInThrottle throttle)
      throws Exception {
    http.securityMatcher("/api/**")
        .addFilterBefore(SignInThrottleFilter.forHttpBasic(throttle), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(ProblemAuthenticationEntryPoint.REALM).authenticationEntryPoint(entryPoint))
        .exceptionHandling(failures -> failures.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
        .csrf(Customizer.withDefaults())
        .headers(SecurityConfiguration::headers);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle) throws Exception {
    http.addFilterBefore(SignInThrottleFilter.forSignInForm(throttle), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/sign-in", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").denyAll()
            // RFC 8058 one-click unsubscribe: the signed token in the link authorises, not a session
            .requestMatchers(DigestPaths.UNSUBSCRIBE).permitAll()
            .requestMatchers("/admin/**", "/admin", DigestPaths.OUTBOX).hasRole("ADMIN")
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/sign-in").defaultSuccessUrl("/", false).failureUrl("/sign-in?error"))
        .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
        .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
        // a mail client's one-click POST has no session and no CSRF token; the signed token is the proof
        .csrf(csrf -> csrf.ignoringRequestMatchers(DigestPaths.UNSUBSCRIBE))
        .headers(SecurityConfiguration::headers);
    return http.build();
  }

  private static void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
  }
}
