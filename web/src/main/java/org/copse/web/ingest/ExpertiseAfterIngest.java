package org.copse.web.ingest;

import java.util.List;
import org.copse.ingest.job.IngestReport;
import org.copse.ingest.job.IngestStatus;
import org.copse.web.experts.ExpertiseGraphs;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the expertise graph after an ingest this application did not start itself (the ingest
 * module's scheduled re-ingest): checks the ingest status once a minute for a report it has not seen
 * that changed something. Runs started through {@link IngestRuns} refresh at once and are skipped here.
 */
@Component
class ExpertiseAfterIngest {
  private final IngestStatus status;
  private final ExpertiseGraphs expertise;
  private final IngestRuns runs;
  private @Nullable IngestReport lastSeen;

  ExpertiseAfterIngest(IngestStatus status, ExpertiseGraphs expertise, IngestRuns runs) {
    this.status = status;
    this.runs = runs;
    this.expertise = expertise;
  }

  @Scheduled(fixedDelayString = "${copse.expertise.refresh-check:60s}", initialDelayString = "${copse.expertise.refresh-check:60s}")
  synchronized void check() {
    List<IngestReport> recent = status.recent();
    boolean changed = false;
    for (IngestReport report : recent) {
      if (report == lastSeen) {
        break;
      }
      changed |= (report.indexed() > 0 || report.deleted() > 0) && !runs.refreshedAfter(report);
    }
    if (!recent.isEmpty()) {
      lastSeen = recent.get(0);
    }
    if (changed) {
      expertise.refresh();
    }
  }
}
