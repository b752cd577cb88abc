package org.copse.web.digest.app;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.copse.web.digest.DigestPeriod;
import org.copse.web.digest.IsoWeek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the digest job on {@code copse.digest.cron}: yesterday's daily digest each time, and on a
 * Monday (in {@code copse.digest.zone}) last week's weekly digest as well.
 */
@Component
class DigestSchedule {
  private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

  private final DigestJob job;
  private final DigestProperties properties;
  private final Clock clock = Clock.systemUTC();

  DigestSchedule(DigestJob job, DigestProperties properties) {
    this.job = job;
    this.properties = properties;
  }

  @Scheduled(cron = "${copse.digest.cron:0 0 7 * * *}", zone = "${copse.digest.zone:UTC}")
  void run() {
    if (!properties.enabled()) {
      log.info("digest schedule fired but copse.digest.enabled is false");
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(properties.zone())));
    job.launch(DigestPeriod.daily(today.minusDays(1)));
    if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
      job.launch(DigestPeriod.weekly(IsoWeek.of(today).previous()));
    }
  }
}
