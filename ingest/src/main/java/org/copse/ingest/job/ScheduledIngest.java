package org.copse.ingest.job;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Re-ingests the configured sources, one after another, on the cron schedule of
 * {@code copse.ingest.schedule.cron}. Incremental, so an unchanged source costs a read and a
 * hash per item. A source that fails is logged and reported on the status page; the others go on.
 */
final class ScheduledIngest implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(ScheduledIngest.class);

  private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

  ScheduledIngest(IngestService service, IngestProperties.Schedule schedule) {
    List<IngestProperties.ScheduledSource> sources = schedule.sources();
    if (schedule.cron().isBlank() || sources.isEmpty()) {
      log.info("no scheduled ingest (copse.ingest.schedule.cron or .sources not set)");
      return;
    }
    CronTrigger trigger = new CronTrigger(schedule.cron());
    scheduler.setThreadNamePrefix("ingest-schedule-");
    scheduler.initialize();
    scheduler.schedule(() -> runAll(service, sources), trigger);
    log.info("scheduled ingest of {} sources at '{}'", sources.size(), schedule.cron());
  }

  private static void runAll(IngestService service, List<IngestProperties.ScheduledSource> sources) {
    for (IngestProperties.ScheduledSource source : sources) {
      try {
        service.run(source.request(), ProgressListener.none());
      } catch (RuntimeException e) {
        log.error("scheduled ingest of {} {} failed", source.type(), source.path(), e);
      }
    }
  }

  @Override
  public void destroy() {
    scheduler.shutdown();
  }
}
