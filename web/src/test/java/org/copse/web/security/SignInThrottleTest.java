package org.copse.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private static final String ATTACKER = "203.0.113.9";
  private static final String VICTIM = "198.51.100.4";

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-11-27T00:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final HandClock clock = new HandClock();
  private final SignInThrottle throttle = new SignInThrottle(
      new SignInThrottleProperties(3, Duration.ofSeconds(2), Duration.ofMinutes(1)), clock);

  @Test
  void theFirstFailuresAreFreeThenEachWaitDoublesUpToTheMaximum() {
    throttle.failed("tom.evans", ATTACKER);
    throttle.failed("tom.evans", ATTACKER);
    assertThat(throttle.waitBeforeNextTry("tom.evans", ATTACKER)).isEmpty();

    throttle.failed("tom.evans", ATTACKER);
    assertThat(throttle.waitBeforeNextTry("tom.evans", ATTACKER)).contains(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    assertThat(throttle.waitBeforeNextTry("tom.evans", ATTACKER)).isEmpty();
    throttle.failed("tom.evans", ATTACKER);
    assertThat(throttle.waitBeforeNextTry("tom.evans", ATTACKER)).contains(Duration.ofSeconds(4));
    assertThat(throttle.delayAfter(40)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void theVictimFromAnotherAddressIsNeverMadeToWait() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("tom.evans", ATTACKER);
    }

    assertThat(throttle.waitBeforeNextTry("tom.evans", ATTACKER)).isPresent();
    assertThat(throttle.waitBeforeNextTry("Tom.Evans ", ATTACKER)).as("same account however typed").isPresent();
    assertThat(throttle.waitBeforeNextTry("tom.evans", VICTIM)).isEmpty();
    assertThat(throttle.waitBeforeNextTry("priya.shah", ATTACKER)).isEmpty();
  }

  @Test
  void aSuccessClearsThePairAndOldFailuresAreForgotten() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("tom.evans", ATTACKER);
    }
    throttle.succeeded("tom.evans", ATTACKER);
    assertThat(throttle.waitBeforeNextTry("tom.evans", ATTACKER)).isEmpty();

    for (int i = 0; i < 2; i++) {
      throttle.failed("tom.evans", ATTACKER);
    }
    clock.advance(Duration.ofMinutes(2));
    throttle.failed("tom.evans", ATTACKER);
    assertThat(throttle.waitBeforeNextTry("tom.evans", ATTACKER)).as("counting starts afresh").isEmpty();
  }
}
