package org.copse.web.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.copse.index.Directory;
import org.copse.index.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a digest for every member (or one) without Spring Batch: what the command line
 * ({@code copse digest --week 2026-W48 [--member ID] [--dry-run]}) calls. It shares the delivery
 * log with the scheduled job, so running both never sends a member two copies.
 */
public final class DigestService {
  private static final Logger log = LoggerFactory.getLogger(DigestService.class);
  private static final int PAGE = 200;

  private final Directory directory;
  private final DigestDelivery delivery;

  public DigestService(Directory directory, DigestDelivery delivery) {
    this.directory = directory;
    this.delivery = delivery;
  }

  /**
   * Sends (or, with {@code dryRun}, only selects) the weekly digest for a week.
   *
   * @throws IllegalArgumentException when {@code memberId} names no member
   */
  public DigestRunReport run(IsoWeek week, Optional<String> memberId, boolean dryRun) {
    return run(DigestPeriod.weekly(week), memberId, dryRun);
  }

  /** The daily digest for a day; otherwise as {@link #run(IsoWeek, Optional, boolean)}. */
  public DigestRunReport runDaily(LocalDate day, Optional<String> memberId, boolean dryRun) {
    return run(DigestPeriod.daily(day), memberId, dryRun);
  }

  public DigestRunReport run(DigestPeriod period, Optional<String> memberId, boolean dryRun) {
    DigestRunReport.Tally tally = new DigestRunReport.Tally(period.key(), dryRun,
        dryRun ? "nowhere (dry run)" : delivery.transportDescription());
    if (memberId.isPresent()) {
      Member member = directory.member(memberId.get())
          .orElseThrow(() -> new IllegalArgumentException("there is no member with id '" + memberId.get() + "'"));
      deliver(member, period, dryRun, tally);
    } else {
      String after = "";
      for (List<Member> page = directory.members(after, PAGE); !page.isEmpty(); page = directory.members(after, PAGE)) {
        for (Member member : page) {
          deliver(member, period, dryRun, tally);
        }
        after = page.get(page.size() - 1).id();
      }
    }
    DigestRunReport report = tally.report();
    log.info("{}", report.summary());
    return report;
  }

  /** One member's digest: prepared, and sent unless a dry run. Failures are counted, not thrown. */
  static void deliver(DigestDelivery delivery, Member member, DigestPeriod period, boolean dryRun,
      DigestRunReport.Tally tally) {
    DigestDelivery.Prepared prepared = delivery.prepare(member, period, tally);
    if (prepared != null) {
      if (dryRun) {
        tally.add(prepared.outcome());
      } else {
        delivery.send(prepared, tally);
      }
    }
  }

  private void deliver(Member member, DigestPeriod period, boolean dryRun, DigestRunReport.Tally tally) {
    deliver(delivery, member, period, dryRun, tally);
  }
}
