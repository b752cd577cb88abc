package org.copse.ingest.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is running now and how recent runs ended, for a status page. Thread safe.
 */
public final class IngestStatus {
  private static final int KEPT_REPORTS = 20;

  private final Map<String, IngestProgress> running = new ConcurrentHashMap<>();
  private final Deque<IngestReport> recent = new ArrayDeque<>();

  /** The latest progress of each run in progress. */
  public List<IngestProgress> running() {
    return List.copyOf(running.values());
  }

  /** The reports of the latest runs, newest first. */
  public synchronized List<IngestReport> recent() {
    return List.copyOf(recent);
  }

  void progress(IngestProgress progress) {
    running.put(progress.source(), progress);
  }

  synchronized void finished(IngestReport report) {
    running.remove(report.source());
    recent.addFirst(report);
    while (recent.size() > KEPT_REPORTS) {
      recent.removeLast();
    }
  }

  void abandoned(String source) {
    running.remove(source);
  }
}
