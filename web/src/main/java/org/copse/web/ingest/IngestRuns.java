package org.copse.web.ingest;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.copse.ingest.job.IngestConfiguration;
import org.copse.ingest.job.IngestReport;
import org.copse.ingest.job.IngestRequest;
import org.copse.ingest.job.IngestService;
import org.copse.ingest.job.ProgressListener;
import org.copse.web.experts.ExpertiseGraphs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/**
 * Runs ingests for the command line (in the caller's thread) and the admin page (one at a time in
 * the background), and refreshes the expertise graph after each, so new contributors are found as
 * experts at once. Progress and reports are kept by the ingest module's {@code IngestStatus}.
 */
@Component
@Import(IngestConfiguration.class)
public class IngestRuns implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IngestRuns.class);

  private static final int KEPT_FAILURES = 10;
  /** Reports whose run was followed by a refresh here; weak, so they go when IngestStatus drops them. */
  private final Set<IngestReport> refreshed = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private final IngestService service;
  private final Deque<String> notStarted = new ArrayDeque<>();
  private final ExpertiseGraphs expertise;
  private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "copse-ingest");
    thread.setDaemon(true);
    return thread;
  });

  IngestRuns(IngestService service, ExpertiseGraphs expertise) {
    this.service = service;
    this.expertise = expertise;
  }

  /**
   * Ingests now and returns the report.
   *
   * @throws org.copse.ingest.source.SourceException when the source cannot be opened
   * @throws IllegalStateException when the same source is being ingested already
   */
  public IngestReport run(IngestRequest request, ProgressListener listener) {
    IngestReport report = service.run(request, listener);
    if (report.indexed() > 0 || report.deleted() > 0) {
      expertise.refresh();
      refreshed.add(report);
    }
    return report;
  }

  /** Queues an ingest in the background; its progress and report appear in {@code IngestStatus}. */
  public void start(IngestRequest request) {
    background.execute(() -> {
      try {
        log.info(run(request, ProgressListener.none()).summary());
      } catch (RuntimeException e) {
        // a run that could not start has no report: keep why, for the admin page
        log.error("ingest of {} {} could not run: {}", request.type(), request.path(), e.getMessage(), e);
        synchronized (notStarted) {
          notStarted.addFirst(request.type() + " " + request.path() + ": " + e.getMessage());
          while (notStarted.size() > KEPT_FAILURES) {
            notStarted.removeLast();
          }
        }
      }
    });
  }

  /** Whether the graph was refreshed after this run already (by identity: reports are kept in IngestStatus). */
  boolean refreshedAfter(IngestReport report) {
    return refreshed.contains(report);
  }

  /** Why the latest background runs that could not start did not, newest first. */
  public List<String> notStarted() {
    synchronized (notStarted) {
      return List.copyOf(notStarted);
    }
  }

  @Override
  public void close() {
    background.shutdownNow();
  }
}
