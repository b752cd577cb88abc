package org.copse.web.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.copse.expertise.fixtures.Backend;
import org.copse.expertise.graph.ExpertiseGraph;
import org.copse.expertise.graph.GraphSettings;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.expertise.rank.ExpertPreferences;
import org.copse.index.AccessScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest on the expertise graph ({@code org.copse.expertise}) instead of its index-based defaults;
 * {@link LuceneExpertiseAdaptersTest} and {@link ElasticsearchExpertiseAdaptersIT} run these same cases on
 * each index backend.
 */
abstract class ExpertiseAdaptersContractTest {
  private static final String INDEX = "digest-expertise";

  /** The backend the index of these cases lives on. */
  protected abstract Backend backend();

  @TempDir Path folder;
  private DigestWorld world;
  private ExpertFinder expertise;

  @BeforeEach
  void setUp() {
    world = DigestWorld.create(folder, backend(), INDEX);
    expertise = new ExpertFinder(world.index, ExpertiseGraph.of(world.posts, GraphSettings.defaults()),
        ExpertPreferences.NONE);
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  @Test
  void peopleToAskComeFromTheGraphWithinTheAskersScope() {
    ExpertiseGraphExperts experts = new ExpertiseGraphExperts(expertise, world.directory);
    AccessScope bob = world.directory.scopeFor("bob");
    List<SuggestedExpert> found = experts.expertsFor("damp", bob, 3);
    assertThat(found).extracting(SuggestedExpert::memberId).contains("dave");
    assertThat(found).allSatisfy(e -> assertThat(e.evidenceCommunityIds()).doesNotContain("fraud"));
    assertThat(experts.expertsFor("\" OR \"", bob, 3)).isEmpty();
  }

  @Test
  void profileTopicsBecomeInterestsAndSelectionUsesThem() {
    InterestProfile dave = new ExpertiseProfileInterests(expertise)
        .interestsOf("dave", world.directory.scopeFor("dave"), DigestWorld.PERIOD.end());
    assertThat(dave.phrases()).isNotEmpty();

    MemberInterests both = new HistoryInterests(world.index).and(new ExpertiseProfileInterests(expertise));
    DigestSelector selector = new DigestSelector(world.index, world.directory, both,
        new ExpertiseGraphExperts(expertise, world.directory), DigestSettings.DEFAULTS);
    Digest alice = selector.select("alice", DigestWorld.PERIOD, DigestPreferences.defaults("alice"));
    assertThat(alice.items()).extracting(DigestItem::contributionId).contains("q1", "doc1");
    Digest bob = selector.select("bob", DigestWorld.PERIOD, DigestPreferences.defaults("bob"));
    assertThat(bob.toString()).doesNotContain(DigestWorld.CANARY);
  }
}
