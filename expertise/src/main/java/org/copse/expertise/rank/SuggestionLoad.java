package org.copse.expertise.rank;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How often each member was suggested recently, in memory; thread safe. */
final class SuggestionLoad {

  private final Map<String, Deque<Instant>> suggested = new ConcurrentHashMap<>();

  void record(String memberId, Instant when) {
    Deque<Instant> times = suggested.computeIfAbsent(memberId, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(when);
    }
  }

  int recentCount(String memberId, Instant now, Duration window) {
    Deque<Instant> times = suggested.get(memberId);
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
