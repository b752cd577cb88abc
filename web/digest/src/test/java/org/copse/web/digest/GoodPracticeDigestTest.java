package org.copse.web.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.copse.index.Member;
import org.copse.web.digest.mail.DigestEmailRenderer;
import org.copse.web.digest.mail.DigestLinks;
import org.copse.web.digest.mail.RenderedEmail;
import org.copse.web.digest.mail.UnsubscribeTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facilitators' good-practice marks and weekly summary in the digest (issue #10): marked content is
 * featured first in "good practice for you", only where the member may read it; facilitators get
 * their summary section.
 */
class GoodPracticeDigestTest {
  @TempDir static Path folder;
  static DigestWorld world;

  @BeforeAll
  static void seed() {
    world = DigestWorld.create(folder);
  }

  @AfterAll
  static void close() {
    world.close();
  }

  /** Marks: the given ids, all marked within the period. */
  static GoodPracticeMarks marks(String... ids) {
    Set<String> marked = Set.of(ids);
    return new GoodPracticeMarks() {
      @Override
      public boolean isMarked(String contributionId) {
        return marked.contains(contributionId);
      }

      @Override
      public List<String> markedBetween(Instant from, Instant to) {
        return List.of(ids);
      }
    };
  }

  static DigestSelector selector(GoodPracticeMarks marks, FacilitatorSummaries summaries) {
    return new DigestSelector(world.index, world.directory, new HistoryInterests(world.index),
        new EvidenceExpertFinder(world.index, world.directory), DigestSettings.DEFAULTS, marks, summaries);
  }

  @Test
  void aMarkedQuestionIsFeaturedFirstAsGoodPractice() {
    Digest digest = selector(marks("q2"), FacilitatorSummaries.NONE)
        .select("alice", DigestWorld.PERIOD, DigestPreferences.defaults("alice"));

    List<DigestItem> goodPractice = digest.section(DigestSection.GOOD_PRACTICE);
    assertThat(goodPractice).isNotEmpty();
    assertThat(goodPractice.get(0).contributionId()).isEqualTo("q2");
    assertThat(goodPractice.get(0).reasons()).contains("marked as good practice by a facilitator");
  }

  @Test
  void olderContentMarkedThisWeekJoinsButNeverFromACommunityTheMemberCannotRead() {
    Digest alice = selector(marks("a-old-2", "canary"), FacilitatorSummaries.NONE)
        .select("alice", DigestWorld.PERIOD, DigestPreferences.defaults("alice"));
    Digest bob = selector(marks("a-old-2", "canary"), FacilitatorSummaries.NONE)
        .select("bob", DigestWorld.PERIOD, DigestPreferences.defaults("bob"));

    assertThat(alice.section(DigestSection.GOOD_PRACTICE)).extracting(DigestItem::contributionId).contains("a-old-2");
    assertThat(bob.items()).extracting(DigestItem::contributionId).doesNotContain("canary", "a-old-2");
    assertThat(bob.items()).extracting(DigestItem::title).noneMatch(t -> t.contains(DigestWorld.CANARY));
  }

  @Test
  void facilitatorsGetTheirSummarySectionUnlessTheyTurnedItOff() {
    FacilitatorSummaries summaries = (member, period) -> member.equals("dave")
        ? List.of(new FacilitatorNote("housing", "Housing Officers", "2 unanswered questions, the oldest waiting 4 days",
            "/communities/housing/health"))
        : List.of();
    DigestSelector selector = selector(GoodPracticeMarks.NONE, summaries);

    Digest dave = selector.select("dave", DigestWorld.PERIOD, DigestPreferences.defaults("dave"));
    Digest erin = selector.select("erin", DigestWorld.PERIOD, DigestPreferences.defaults("erin"));
    DigestPreferences without = new DigestPreferences("dave", Frequency.WEEKLY,
        Set.of(DigestSection.DISCUSSIONS), Set.of(), Set.of());

    assertThat(dave.facilitatorNotes()).hasSize(1);
    assertThat(erin.facilitatorNotes()).isEmpty();
    assertThat(selector.select("dave", DigestWorld.PERIOD, without).facilitatorNotes()).isEmpty();
    assertThat(Digest.empty("dave", DigestWorld.PERIOD).withFacilitatorNotes(dave.facilitatorNotes()).isEmpty())
        .isFalse();

    DigestLinks links = new DigestLinks("https://copse.example.org", "/contributions/{id}", "/members/{id}",
        new UnsubscribeTokens("k".repeat(32).getBytes(StandardCharsets.UTF_8)));
    RenderedEmail email = new DigestEmailRenderer(links)
        .render(dave, new Member("dave", "Dave Damp", "dave@example.org", "Bristol"));
    assertThat(email.text()).contains("== Your communities this week ==")
        .contains("Housing Officers: 2 unanswered questions, the oldest waiting 4 days")
        .contains("https://copse.example.org/communities/housing/health");
    assertThat(email.html()).contains("Your communities this week").contains("https://copse.example.org/communities/housing/health");
  }
}
