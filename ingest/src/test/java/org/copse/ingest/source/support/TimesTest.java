package org.copse.ingest.source.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {
  @Test
  void parsesTheFormsExportsUse() {
    assertThat(Times.parse("2014-01-21T20:26:05Z")).contains(Instant.parse("2014-01-21T20:26:05Z"));
    assertThat(Times.parse("2014-01-21T20:26:05.383")).contains(Instant.parse("2014-01-21T20:26:05.383Z"));
    assertThat(Times.parse("2007-04-11 18:30:00")).contains(Instant.parse("2007-04-11T18:30:00Z"));
    assertThat(Times.parse("Wed, 11 Apr 2007 18:47:43 +0000")).contains(Instant.parse("2007-04-11T18:47:43Z"));
    assertThat(Times.parse("Tue, 05 Mar 2024 08:00:00 GMT")).contains(Instant.parse("2024-03-05T08:00:00Z"));
    assertThat(Times.parse("2024-03-01T09:00:00+01:00")).contains(Instant.parse("2024-03-01T08:00:00Z"));
  }

  @Test
  void givesNothingForZeroDatesAndNonsense() {
    assertThat(Times.parse("0000-00-00 00:00:00")).isEmpty();
    assertThat(Times.parse("yesterday")).isEmpty();
    assertThat(Times.parse("")).isEmpty();
  }
}
