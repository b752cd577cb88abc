package org.copse.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code copse.security.sign-in}.
 *
 * @param freeAttempts failed sign-ins in a row, per account and client address, before any wait
 * @param baseDelay the first wait; each further failure doubles it
 * @param maxDelay the longest wait; also how long a pair's failures are remembered
 */
@ConfigurationProperties("copse.security.sign-in")
record SignInThrottleProperties(
    @DefaultValue("5") int freeAttempts,
    @DefaultValue("2s") Duration baseDelay,
    @DefaultValue("15m") Duration maxDelay) {

  SignInThrottleProperties {
    if (freeAttempts < 1) {
      throw new IllegalArgumentException("copse.security.sign-in.free-attempts must be at least 1");
    }
    if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("copse.security.sign-in delays must be positive, max-delay >= base-delay");
    }
  }
}
