package org.copse.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing without locking anyone out. Failures are counted per account <em>and</em>
 * client address: after {@code freeAttempts} failures in a row, that pair must wait before its next
 * try, twice as long after each further failure, up to {@code maxDelay}. The same account signing
 * in from another address is not affected, so an attacker cannot lock a member out by failing on
 * purpose; a success clears the pair. Thread safe; memory is bounded by keeping only the most
 * recently failing pairs.
 */
final class SignInThrottle {
  /** Pairs remembered at most; the least recently failing are forgotten first. */
  static final int MAX_TRACKED = 10_000;
  private static final int MAX_KEY_PART = 200;

  private final SignInThrottleProperties settings;
  private final Clock clock;
  private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
      return size() > MAX_TRACKED;
    }
  };

  SignInThrottle(SignInThrottleProperties settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  private record Failures(int count, Instant last, Instant blockedUntil) {}

  /** How long this account must wait before trying again from this client; empty when it may try now. */
  synchronized Optional<Duration> waitBeforeNextTry(String account, String client) {
    Failures current = failures.get(key(account, client));
    Instant now = clock.instant();
    if (current == null || !now.isBefore(current.blockedUntil())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, current.blockedUntil()));
  }

  synchronized void failed(String account, String client) {
    String key = key(account, client);
    Instant now = clock.instant();
    Failures previous = failures.get(key);
    // a pair that has not failed for the longest delay starts afresh
    int count = previous == null || previous.last().plus(settings.maxDelay()).isBefore(now) ? 1 : previous.count() + 1;
    Instant blockedUntil = count < settings.freeAttempts() ? now : now.plus(delayAfter(count));
    failures.put(key, new Failures(count, now, blockedUntil));
  }

  synchronized void succeeded(String account, String client) {
    failures.remove(key(account, client));
  }

  /** The wait imposed after the given number of failures in a row. */
  Duration delayAfter(int count) {
    int doublings = Math.min(30, Math.max(0, count - settings.freeAttempts()));
    Duration delay = settings.baseDelay().multipliedBy(1L << doublings);
    return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
  }

  private static String key(String account, String client) {
    String name = account.strip().toLowerCase(Locale.ROOT);
    return (name.length() > MAX_KEY_PART ? name.substring(0, MAX_KEY_PART) : name) + "\n" + client;
  }
}
