package org.copse.web.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copse.web.facilitation.FacilitationWorld.NOW;
import static org.copse.web.facilitation.FacilitationWorld.post;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.Membership;
import org.copse.web.digest.DigestPeriod;
import org.copse.web.digest.FacilitatorNote;
import org.copse.web.digest.IsoWeek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facilitators' weekly digest lines: only for communities they look after, only weekly, k still applies. */
class FacilitatorDigestTest {
  @TempDir Path folder;
  FacilitationWorld world;
  FacilitatorDigest digest;
  SearchInsights insights;
  Curation curation;
  DigestPeriod week = DigestPeriod.weekly(IsoWeek.containing(NOW));

  @BeforeEach
  void open() {
    world = new FacilitationWorld(folder);
    world.members("fac", "member", "org-admin", "asker");
    world.join("fac", "closed", Membership.Role.FACILITATOR);
    world.join("member", "closed", Membership.Role.MEMBER);
    world.add(post("q", ContributionKind.FORUM_QUESTION, "closed", "asker", ContributorRole.ASKER,
        NOW.minus(Duration.ofDays(9)), "Unanswered", "q"));
    Organisations organisations = new Organisations(world.dataSource);
    organisations.save("trust", "Trust");
    organisations.assign("closed", "trust");
    organisations.addAdmin("trust", "org-admin");
    insights = new SearchInsights(world.dataSource, world.clock, 3);
    curation = new Curation(world.dataSource, world.clock);
    digest = new FacilitatorDigest(world.directory, organisations,
        new CommunityHealth(world.dataSource, world.directory, world.clock, HealthSettings.DEFAULTS), insights, curation);
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void facilitatorsAndOrganisationAdminsGetALinePerCommunityOthersNone() {
    for (int i = 0; i < 2; i++) {
      insights.record("rare query", "p" + i, List.of("closed"), true);
    }
    for (int i = 0; i < 3; i++) {
      insights.record("decant policy", "p" + i, List.of("closed"), true);
    }

    List<FacilitatorNote> notes = digest.summaryFor("fac", week);

    assertThat(notes).singleElement().satisfies(note -> {
      assertThat(note.path()).isEqualTo("/communities/closed/health");
      assertThat(note.text()).startsWith("1 unanswered question, the oldest waiting")
          .contains("\"decant policy\" (3)").doesNotContain("rare query");
    });
    assertThat(digest.summaryFor("org-admin", week)).hasSize(1);
    assertThat(digest.summaryFor("member", week)).isEmpty();
    assertThat(digest.summaryFor("fac", DigestPeriod.daily(LocalDate.ofInstant(NOW, ZoneOffset.UTC)))).isEmpty();
  }

  @Test
  void goodPracticeMarksAreWhatFacilitatorsMarked() {
    curation.markGoodPractice("q", "closed", "fac");

    assertThat(digest.isMarked("q")).isTrue();
    assertThat(digest.markedBetween(NOW.minusSeconds(1), NOW.plusSeconds(1))).containsExactly("q");
    curation.unmarkGoodPractice("q");
    assertThat(digest.isMarked("q")).isFalse();
  }
}
