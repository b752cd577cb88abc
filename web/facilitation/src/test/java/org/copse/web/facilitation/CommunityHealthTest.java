package org.copse.web.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copse.web.facilitation.FacilitationWorld.NOW;
import static org.copse.web.facilitation.FacilitationWorld.post;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.web.digest.IsoWeek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health figures over a small community whose history is known. */
class CommunityHealthTest {
  @TempDir Path folder;
  FacilitationWorld world;
  CommunityHealth health;

  @BeforeEach
  void open() {
    world = new FacilitationWorld(folder);
    world.members("ann", "bob", "cat", "dan");
    health = new CommunityHealth(world.dataSource, world.directory, world.clock, new HealthSettings(8, 4, 365, 3, 10));
    Instant recent = NOW.minus(Duration.ofDays(3));
    Instant earlier = NOW.minus(Duration.ofDays(40));
    world.add(
        post("q1", ContributionKind.FORUM_QUESTION, "open", "ann", ContributorRole.ASKER, earlier, "Voids?", "q1", "voids"),
        post("a1", ContributionKind.FORUM_ANSWER, "open", "bob", ContributorRole.ANSWERER, earlier.plusSeconds(60),
            "Re: voids", "q1", "voids"),
        post("q2", ContributionKind.FORUM_QUESTION, "open", "cat", ContributorRole.ASKER, recent, "Damp?", "q2", "damp"),
        post("w1", ContributionKind.WIKI_PAGE, "open", "bob", ContributorRole.AUTHOR, recent, "Damp guide", "w1", "damp"),
        post("d1", ContributionKind.LIBRARY_DOCUMENT, "open", "dan", ContributorRole.AUTHOR,
            NOW.minus(Duration.ofDays(800)), "Old damp policy", "d1", "damp"),
        post("x1", ContributionKind.FORUM_QUESTION, "closed", "ann", ContributorRole.ASKER, recent, "Elsewhere", "x1"));
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void activityIsCountedPerWeekAndKindForThisCommunityOnly() {
    HealthReport report = health.report("open");

    assertThat(report.weeks()).hasSize(8).last().isEqualTo(IsoWeek.containing(NOW).toString());
    assertThat(sum(report.activity().get(ContributionKind.FORUM_QUESTION))).isEqualTo(2);
    assertThat(sum(report.activity().get(ContributionKind.FORUM_ANSWER))).isEqualTo(1);
    assertThat(sum(report.activity().get(ContributionKind.WIKI_PAGE))).isEqualTo(1);
    assertThat(sum(report.activity().get(ContributionKind.LIBRARY_DOCUMENT))).isZero();
    assertThat(sum(report.activeMembers())).isEqualTo(4); // ann and bob in one week, bob and cat in another
    assertThat(sum(report.newMembers())).isEqualTo(3); // dan's first contribution is older than the window
  }

  @Test
  void onlyQuestionsWithoutAnAnswerInTheirThreadAreUnanswered() {
    assertThat(health.report("open").unanswered()).singleElement().satisfies(q -> {
      assertThat(q.id()).isEqualTo("q2");
      assertThat(q.ageDays()).isEqualTo(3);
      assertThat(q.tags()).containsExactly("damp");
    });
  }

  @Test
  void trendsCompareTheRecentWeeksWithTheWeeksBefore() {
    HealthReport report = health.report("open");

    assertThat(report.growingTopics()).extracting(HealthReport.TopicTrend::tag).containsExactly("damp");
    assertThat(report.fadingTopics()).extracting(HealthReport.TopicTrend::tag).containsExactly("voids");
    assertThat(report.topContributors().get(0).memberId()).isEqualTo("bob");
    assertThat(report.risingContributors()).extracting(HealthReport.ContributorTrend::memberId)
        .containsExactly("cat"); // bob: 1 then 1, not rising
  }

  @Test
  void oldContentOftenOpenedFromSearchIsListedForReview() {
    SearchOpens opens = new SearchOpens(world.dataSource, world.clock);
    for (int i = 0; i < 3; i++) {
      opens.record("d1");
      opens.record("w1"); // often found but recent: not listed
    }
    opens.record("q1");

    assertThat(health.report("open").reviewCandidates()).singleElement()
        .satisfies(r -> assertThat(List.of(r.id(), r.opens())).containsExactly("d1", 3L));
  }

  private static long sum(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).sum();
  }
}
