package org.copse.expertise.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RankingSettingsTest {

  private final RankingSettings defaults = RankingSettings.defaults();

  @Test
  void defaults_are_the_named_constants_with_load_spreading_off() {
    assertThat(defaults.evidenceDepth()).isEqualTo(RankingSettings.DEFAULT_EVIDENCE_DEPTH);
    assertThat(defaults.activityHalfLifeDays()).isEqualTo(RankingSettings.DEFAULT_ACTIVITY_HALF_LIFE_DAYS);
    assertThat(defaults.loadSpreading().enabled()).isFalse();
  }

  @Test
  void settings_that_cannot_work_are_refused_with_the_reason() {
    assertThatThrownBy(() -> defaults.withEvidenceDepth(0)).hasMessageContaining("evidence depth must be between 1 and 10000");
    assertThatThrownBy(() -> defaults.withModelWeights(-1, 1, 1, 0, 0)).hasMessageContaining("documentWeight");
    assertThatThrownBy(() -> defaults.withModelWeights(0, 1, 0, 0, 0)).hasMessageContaining("must not both be 0");
    assertThatThrownBy(() -> defaults.withModelWeights(1, 2, 1, 0, 0)).hasMessageContaining("threadCredit must be at most 1");
    assertThatThrownBy(() -> defaults.withActivity(1, 0)).hasMessageContaining("activity half life");
    assertThatThrownBy(() -> defaults.withRankConstant(Double.NaN)).hasMessageContaining("rankConstant");
    assertThatThrownBy(() -> LoadSpreading.on(Duration.ZERO, 1, 0.5)).hasMessageContaining("load window must be positive");
    assertThatThrownBy(() -> LoadSpreading.on(Duration.ofDays(1), 1, 0)).hasMessageContaining("load penalty");
  }
}
