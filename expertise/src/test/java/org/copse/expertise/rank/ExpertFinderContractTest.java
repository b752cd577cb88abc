package org.copse.expertise.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copse.expertise.fixtures.Forum;
import org.copse.expertise.fixtures.Backend;
import org.copse.expertise.graph.ExpertiseGraph;
import org.copse.expertise.graph.GraphSettings;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expert finding on a real index; {@link LuceneExpertFinderTest} and {@link ElasticsearchExpertFinderIT}
 * run these same cases on each backend.
 */
abstract class ExpertFinderContractTest {
  private static final String INDEX = "expert-finder";


  private static final AccessScope OUTSIDER = AccessScope.of("outsider", "public");
  private static final AccessScope INSIDER = AccessScope.of("insider", "public", "private");
  private static final Clock CLOCK = Clock.fixed(Forum.day(60), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private final List<SearchIndex> opened = new ArrayList<>();

  /** The backend the indexes of these cases live on. */
  protected abstract Backend backend();

  @AfterEach
  void close() {
    opened.forEach(SearchIndex::close);
  }

  /** Alice's answer on dry hopping was accepted, Bob's was not, Carol commented; Dave knows yeast. */
  static List<Contribution> publicForum() {
    return new Forum("public")
        .question("q1", "quinn", 0, "Dry hopping an IPA", "When should I add dry hops to an IPA?", "ipa", "dry-hopping")
        .answer("a1", "q1", "alice", 1, 0, true, "Add them once fermentation slows, for about three days.")
        .answer("a2", "q1", "bob", 1, 0, false, "Add them on day three or four.")
        .comment("c1", "a1", "carol", 2, "Three days worked for me.")
        .question("q2", "quinn", 3, "Dry hopping with pellets", "Do pellets work for dry hopping?", "dry-hopping")
        .answer("a3", "q2", "bob", 4, 2, false, "Pellets work well for dry hopping, use a hop bag.")
        .question("q3", "erin", 5, "Yeast starter size", "How big should a yeast starter be?", "yeast")
        .answer("a4", "q3", "dave", 6, 3, true, "One litre for an average ale yeast starter.")
        .contributions();
  }

  /** A private thread that is all about dry hopping: only the insider and Bob took part. */
  static List<Contribution> privateCanary() {
    return new Forum("private")
        .question("p1", "quinn", 10, "Dry hopping IPA secrets", "Dry hopping IPA dry hops hopping canary", "ipa",
            "dry-hopping", "secret-topic")
        .answer("pa1", "p1", "insider", 11, 9, true, "Dry hopping IPA: dry hop twice, canary")
        .answer("pa2", "p1", "bob", 11, 5, false, "Dry hopping IPA in the private way, canary")
        .contributions();
  }

  private ExpertFinder finder(List<Contribution> contributions, ExpertPreferences preferences, RankingSettings settings) {
    SearchIndex index = backend().index(dir, INDEX, contributions);
    opened.add(index);
    ExpertiseGraph graph = ExpertiseGraph.of(contributions, GraphSettings.defaults());
    return new ExpertFinder(index, graph, preferences, settings, CLOCK);
  }

  private ExpertFinder finder(List<Contribution> contributions) {
    return finder(contributions, ExpertPreferences.NONE, RankingSettings.defaults());
  }

  private static List<Contribution> with(List<Contribution> a, List<Contribution> b) {
    List<Contribution> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void an_accepted_answer_ranks_above_an_answer_above_a_comment_and_the_asker_is_no_expert() {
    List<Expert> experts = finder(publicForum()).experts("dry hopping IPA", OUTSIDER, 10);

    List<String> ids = experts.stream().map(Expert::memberId).toList();
    assertThat(ids).doesNotContain("quinn");
    assertThat(ids.indexOf("alice")).isLessThan(ids.indexOf("carol"));
    assertThat(ids.indexOf("bob")).isLessThan(ids.indexOf("carol"));
    assertThat(ids.get(0)).isIn("alice", "bob");
  }

  @Test
  void the_same_answer_counts_more_when_it_was_accepted_than_when_it_was_not() {
    List<Contribution> forum = new Forum("public")
        .question("q1", "quinn", 0, "Dry hopping an IPA", "When should I dry hop?", "dry-hopping")
        .answer("a1", "q1", "alice", 1, 0, true, "After fermentation slows.")
        .answer("a2", "q1", "bob", 1, 0, false, "After fermentation slows.")
        .contributions();

    List<Expert> experts = finder(forum).experts("dry hopping", OUTSIDER, 10);

    assertThat(experts).extracting(Expert::memberId).containsExactly("alice", "bob");
    assertThat(experts.get(0).score()).isGreaterThan(experts.get(1).score());
  }

  @Test
  void a_recent_answer_outweighs_an_equal_old_one() {
    List<Contribution> forum = new Forum("public")
        .question("q1", "quinn", 0, "Dry hopping an IPA", "When should I dry hop?", "dry-hopping")
        .answer("a1", "q1", "old", 1, 0, false, "After fermentation slows.")
        .question("q2", "quinn", 1500, "Dry hopping an IPA again", "When should I dry hop?", "dry-hopping")
        .answer("a2", "q2", "recent", 1501, 0, false, "After fermentation slows.")
        .contributions();
    SearchIndex index = backend().index(dir, INDEX, forum);
    opened.add(index);
    ExpertFinder finder = new ExpertFinder(index, ExpertiseGraph.of(forum, GraphSettings.defaults()),
        ExpertPreferences.NONE, RankingSettings.defaults(), Clock.fixed(Forum.day(1600), ZoneOffset.UTC));

    assertThat(finder.experts("dry hopping", OUTSIDER, 10)).extracting(Expert::memberId).containsExactly("recent", "old");
  }

  @Test
  void of_two_equally_expert_members_the_one_still_taking_part_ranks_first() {
    List<Contribution> forum = new Forum("public")
        .question("q1", "quinn", 0, "Dry hopping an IPA", "When should I dry hop?", "dry-hopping")
        .answer("a1", "q1", "gone", 1, 0, false, "After fermentation slows.")
        .answer("a2", "q1", "around", 1, 0, false, "After fermentation slows.")
        .question("q2", "around", 58, "Bottling", "How much priming sugar?", "bottling")
        .contributions();

    assertThat(finder(forum).experts("dry hopping", OUTSIDER, 10)).extracting(Expert::memberId)
        .containsExactly("around", "gone");
    RankingSettings lasting = RankingSettings.defaults().withActivity(0, 1).withRecentTopicWeight(0);
    List<Expert> withoutActivity = finder(forum, ExpertPreferences.NONE, lasting).experts("dry hopping", OUTSIDER, 10);
    assertThat(withoutActivity.get(0).score()).isEqualTo(withoutActivity.get(1).score());
  }

  @Test
  void a_private_canary_never_changes_what_a_non_member_sees() {
    List<Expert> without = finder(publicForum()).experts("dry hopping IPA", OUTSIDER, 10);
    ExpertFinder withCanary = finder(with(publicForum(), privateCanary()));

    List<Expert> with = withCanary.experts("dry hopping IPA", OUTSIDER, 10);

    assertThat(with).isEqualTo(without);
    assertThat(with).extracting(Expert::memberId).doesNotContain("insider");
    assertThat(with).flatExtracting(Expert::evidence).extracting(Evidence::communityId).containsOnly("public");
    assertThat(with).flatExtracting(Expert::topics).extracting(TopicWeight::topic).doesNotContain("secret topic");
    // a member of the private community does see the insider, with private evidence
    Expert insider = withCanary.experts("dry hopping IPA", INSIDER, 10).stream()
        .filter(e -> e.memberId().equals("insider")).findFirst().orElseThrow();
    assertThat(insider.evidence()).extracting(Evidence::contributionId).containsExactly("pa1");
  }

  @Test
  void evidence_names_the_contribution_its_title_community_date_and_role() {
    Expert alice = finder(publicForum()).experts("dry hopping IPA", OUTSIDER, 10).stream()
        .filter(e -> e.memberId().equals("alice")).findFirst().orElseThrow();

    assertThat(alice.evidence()).hasSize(1);
    Evidence evidence = alice.evidence().get(0);
    assertThat(evidence.contributionId()).isEqualTo("a1");
    assertThat(evidence.title()).isEqualTo("Dry hopping an IPA");
    assertThat(evidence.kind()).isEqualTo(ContributionKind.FORUM_ANSWER);
    assertThat(evidence.communityId()).isEqualTo("public");
    assertThat(evidence.created()).isEqualTo(Forum.day(1));
    assertThat(evidence.role()).isEqualTo(ContributorRole.ACCEPTED_ANSWERER);
    assertThat(alice.topics()).extracting(TopicWeight::topic).containsExactlyInAnyOrder("ipa", "dry hopping");
  }

  @Test
  void members_who_opted_out_are_never_suggested_and_opted_out_communities_do_not_count() {
    ExpertPreferences preferences = new ExpertPreferences() {
      @Override
      public boolean optedOut(String memberId) {
        return memberId.equals("alice");
      }

      @Override
      public boolean optedOut(String memberId, String communityId) {
        return memberId.equals("bob") && communityId.equals("private");
      }
    };
    ExpertFinder finder = finder(with(publicForum(), privateCanary()), preferences, RankingSettings.defaults());

    List<Expert> experts = finder.experts("dry hopping IPA", INSIDER, 10);

    assertThat(experts).extracting(Expert::memberId).doesNotContain("alice");
    Expert bob = experts.stream().filter(e -> e.memberId().equals("bob")).findFirst().orElseThrow();
    assertThat(bob.evidence()).extracting(Evidence::communityId).containsOnly("public");
    assertThat(finder.profile("bob", INSIDER, 10)).extracting(TopicWeight::topic).doesNotContain("secret topic");
    assertThat(finder.profile("alice", INSIDER, 10)).isEmpty();
    assertThat(finder.profile("alice", AccessScope.of("alice", "public"), 10)).isNotEmpty();
    assertThat(finder.peers("bob", INSIDER, 10)).extracting(Peer::memberId).doesNotContain("alice");
  }

  @Test
  void profiles_and_peers_show_only_what_the_viewer_may_read() {
    ExpertFinder finder = finder(with(publicForum(), privateCanary()));

    assertThat(finder.profile("bob", OUTSIDER, 10)).extracting(TopicWeight::topic)
        .containsExactlyInAnyOrder("dry hopping", "ipa");
    assertThat(finder.profile("bob", INSIDER, 10)).extracting(TopicWeight::topic).contains("secret topic");
    assertThat(finder.profile("insider", OUTSIDER, 10)).isEmpty();

    assertThat(finder.peers("bob", OUTSIDER, 10)).extracting(Peer::memberId)
        .contains("alice", "carol").doesNotContain("insider", "dave", "bob");
    assertThat(finder.peers("bob", INSIDER, 10)).extracting(Peer::memberId).contains("insider");
    Peer alice = finder.peers("bob", OUTSIDER, 10).stream().filter(p -> p.memberId().equals("alice")).findFirst()
        .orElseThrow();
    assertThat(alice.sharedTopics()).containsExactlyInAnyOrder("dry hopping", "ipa");
    assertThat(alice.similarity()).isBetween(0.0, 1.0);
  }

  @Test
  void an_expert_suggested_too_often_moves_down_when_load_spreading_is_on() {
    List<Contribution> forum = new Forum("public")
        .question("q1", "quinn", 0, "Dry hopping an IPA", "When should I dry hop?", "dry-hopping")
        .answer("a1", "q1", "alice", 1, 0, true, "After fermentation slows.")
        .answer("a2", "q1", "bob", 1, 0, false, "After fermentation slows.")
        .contributions();
    RankingSettings spreading = RankingSettings.defaults().withLoadSpreading(LoadSpreading.on(Duration.ofDays(1), 2, 0.1));
    ExpertFinder finder = finder(forum, ExpertPreferences.NONE, spreading);

    List<String> first = finder.experts("dry hopping", OUTSIDER, 1).stream().map(Expert::memberId).toList();
    finder.experts("dry hopping", OUTSIDER, 1);
    List<String> third = finder.experts("dry hopping", OUTSIDER, 1).stream().map(Expert::memberId).toList();

    assertThat(first).containsExactly("alice");
    assertThat(third).containsExactly("bob");
    // suggestions seen by another set of communities are counted apart
    assertThat(finder.experts("dry hopping", INSIDER, 1)).extracting(Expert::memberId).containsExactly("alice");
    assertThat(finder(forum).experts("dry hopping", OUTSIDER, 1)).extracting(Expert::memberId).containsExactly("alice");
  }

  @Test
  void a_limit_out_of_range_or_a_broken_query_is_refused_with_a_message_for_the_user() {
    ExpertFinder finder = finder(publicForum());

    assertThatThrownBy(() -> finder.experts("dry hopping", OUTSIDER, 0)).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("limit must be between 1 and 100");
    assertThatThrownBy(() -> finder.experts("type:nonsense", OUTSIDER, 5)).isInstanceOf(InvalidQueryException.class);
    assertThat(finder.experts("dry hopping", AccessScope.of("nobody", Set.<String>of().toArray(String[]::new)), 5)).isEmpty();
  }
}
