package org.copse.web.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.copse.expertise.fixtures.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing what goes into a member's digest; {@link LuceneDigestSelectorTest} and
 * {@link ElasticsearchDigestSelectorIT} run these same cases on each index backend.
 */
abstract class DigestSelectorContractTest {
  private static final String INDEX = "digest-selector";

  /** The backend the index of these cases lives on. */
  protected abstract Backend backend();

  @TempDir Path folder;
  private DigestWorld world;
  private DigestSelector selector;

  @BeforeEach
  void setUp() {
    world = DigestWorld.create(folder, backend(), INDEX);
    selector = world.selector(DigestSettings.DEFAULTS);
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  private Digest select(String memberId) {
    return selector.select(memberId, DigestWorld.PERIOD, DigestPreferences.defaults(memberId));
  }

  private static Set<String> ids(Digest digest) {
    return digest.items().stream().map(DigestItem::contributionId).collect(Collectors.toSet());
  }

  @Test
  void aliceGetsNewDampContentInSectionsButNotHerOwnPosts() {
    Digest digest = select("alice");
    Map<DigestSection, List<String>> sections = digest.items().stream().collect(Collectors.groupingBy(DigestItem::section,
        Collectors.mapping(DigestItem::contributionId, Collectors.toList())));
    assertThat(sections.get(DigestSection.GOOD_PRACTICE)).startsWith("doc1"); // doc2 only for being in her community
    assertThat(sections.get(DigestSection.UNANSWERED)).contains("q1").doesNotContain("q2", "q3");
    assertThat(sections.get(DigestSection.DISCUSSIONS)).contains("q2", "a2").filteredOn(id -> id.startsWith("a3-") || id.equals("q3")).hasSize(2);
    assertThat(ids(digest)).doesNotContain("q-alice", "q-old-1", "p1");
    assertThat(digest.coldStart()).isFalse();
  }

  @Test
  void noMoreThanTwoPostsOfOneThreadInASection() {
    Digest digest = select("alice");
    Map<String, Map<DigestSection, Long>> perThread = digest.items().stream().collect(Collectors.groupingBy(
        DigestItem::threadId, Collectors.groupingBy(DigestItem::section, Collectors.counting())));
    perThread.values().forEach(bySection -> bySection.values().forEach(n -> assertThat(n).isLessThanOrEqualTo(2)));
  }

  @Test
  void thePrivateCanaryReachesItsMemberAndNobodyElse() {
    assertThat(ids(select("alice"))).contains("canary");
    for (String outsider : List.of("bob", "carol", "erin")) {
      Digest digest = select(outsider);
      assertThat(ids(digest)).doesNotContain("canary");
      assertThat(digest.toString()).doesNotContain(DigestWorld.CANARY);
    }
  }

  @Test
  void peopleToAskAreExpertsOnWhatTheMemberAskedAboutButNotThemselves() {
    Digest digest = select("alice");
    assertThat(digest.experts()).extracting(SuggestedExpert::memberId).contains("dave").doesNotContain("alice");
    assertThat(digest.experts()).allSatisfy(e -> assertThat(e.evidenceCommunityIds()).isSubsetOf("housing", "fraud"));
  }

  @Test
  void aMemberWithNothingRelevantGetsNothingUnlessColdStartIsOn() {
    assertThat(select("erin").isEmpty()).isTrue();
    Digest cold = world.selector(DigestSettings.DEFAULTS.withColdStart(true))
        .select("erin", DigestWorld.PERIOD, DigestPreferences.defaults("erin"));
    assertThat(cold.coldStart()).isTrue();
    assertThat(cold.items()).isNotEmpty().hasSizeLessThanOrEqualTo(DigestSettings.DEFAULTS.coldStartItems());
    assertThat(cold.items().get(0).contributionId()).isEqualTo("doc1"); // the highest score erin may read
    assertThat(ids(cold)).doesNotContain("canary");
  }

  @Test
  void preferencesNarrowSectionsCommunitiesAndAddFollowedTags() {
    DigestPreferences onlyPractice = new DigestPreferences("alice", Frequency.WEEKLY,
        EnumSet.of(DigestSection.GOOD_PRACTICE), Set.of(), Set.of());
    assertThat(selector.select("alice", DigestWorld.PERIOD, onlyPractice).items())
        .extracting(DigestItem::section).containsOnly(DigestSection.GOOD_PRACTICE);
    assertThat(selector.select("alice", DigestWorld.PERIOD, onlyPractice).experts()).isEmpty();

    DigestPreferences onlyHousing = new DigestPreferences("alice", Frequency.WEEKLY,
        EnumSet.allOf(DigestSection.class), Set.of("housing"), Set.of());
    assertThat(ids(selector.select("alice", DigestWorld.PERIOD, onlyHousing))).doesNotContain("canary");

    DigestPreferences followsPlanning = new DigestPreferences("erin", Frequency.WEEKLY,
        EnumSet.allOf(DigestSection.class), Set.of(), Set.of("Planning"));
    assertThat(ids(selector.select("erin", DigestWorld.PERIOD, followsPlanning))).contains("p1");
  }

  @Test
  void contentOutsideThePeriodIsLeftOut() {
    Digest nextWeek = selector.select("alice", DigestPeriod.weekly(DigestWorld.WEEK.next()),
        DigestPreferences.defaults("alice"));
    assertThat(nextWeek.items()).isEmpty();
  }
}
