package org.copse.expertise.rank;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.copse.index.AccessScope;

/**
 * How often each member was suggested recently, in memory; thread safe. Counts are kept per set of
 * readable communities, so suggestions made inside a private community never move anyone in a
 * ranking that people outside it see.
 */
final class SuggestionLoad {

  static String key(AccessScope scope, String memberId) {
    return String.join(",", new TreeSet<>(scope.communityIds())) + "|" + memberId;
  }

  private final Map<String, Deque<Instant>> suggested = new ConcurrentHashMap<>();

  void record(String key, Instant when) {
    Deque<Instant> times = suggested.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(when);
    }
  }

  int recentCount(String key, Instant now, Duration window) {
    Deque<Instant> times = suggested.get(key);
    if (times == null) {
      return 0;
    }
    Instant since = now.minus(window);
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
        times.removeFirst();
      }
      return times.size();
    }
  }
}
