package org.copse.web.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

  @Test
  void parsesAndPrintsWeeks() {
    IsoWeek week = IsoWeek.parse("2026-W48");
    assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(week).hasToString("2026-W48");
    assertThat(week.previous()).hasToString("2026-W47");
  }

  @Test
  void weekOneMayStartInTheYearBefore() {
    assertThat(IsoWeek.parse("2026-W01").monday()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
    assertThat(IsoWeek.parse("2026-W53").next()).hasToString("2027-W01");
  }

  @Test
  void refusesWeeksThatDoNotExist() {
    assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).hasMessageContaining("2025 has no ISO week 53");
    assertThatThrownBy(() -> IsoWeek.parse("2026-48")).hasMessageContaining("2026-W48");
  }

  @Test
  void aWeeklyPeriodCoversMondayToSundayUtc() {
    DigestPeriod period = DigestPeriod.weekly(IsoWeek.parse("2026-W48"));
    assertThat(period.contains(java.time.Instant.parse("2026-11-23T00:00:00Z"))).isTrue();
    assertThat(period.contains(java.time.Instant.parse("2026-11-29T23:59:59Z"))).isTrue();
    assertThat(period.contains(java.time.Instant.parse("2026-11-30T00:00:00Z"))).isFalse();
    assertThat(period.key()).isEqualTo("2026-W48");
  }
}
