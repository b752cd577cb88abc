package org.copse.expertise.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copse.expertise.fixtures.Forum;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpertiseGraphTest {

  private static final AccessScope PUBLIC = AccessScope.of("viewer", "public");
  private static final Instant LATER = Forum.day(30);

  private final GraphSettings settings = GraphSettings.defaults();

  private static List<Contribution> forum() {
    return new Forum("public")
        .question("q1", "asker", 0, "Dry hopping an IPA", "When should I dry hop?", "ipa", "dry-hopping")
        .answer("a1", "q1", "accepted", 1, 0, true, "After fermentation slows.")
        .answer("a2", "q1", "answerer", 1, 0, false, "Day three.")
        .comment("c1", "a1", "commenter", 1, "Agreed.")
        .contributions();
  }

  @Test
  void accepted_answers_show_more_than_answers_which_show_more_than_comments_and_asking_shows_none() {
    GraphView view = ExpertiseGraph.of(forum(), settings).view(PUBLIC, LATER);

    double accepted = view.expertiseMass("accepted");
    double answer = view.expertiseMass("answerer");
    double comment = view.expertiseMass("commenter");

    assertThat(accepted).isGreaterThan(answer);
    assertThat(answer).isGreaterThan(comment);
    assertThat(comment).isGreaterThan(0);
    assertThat(view.expertiseMass("asker")).isZero();
    assertThat(view.expertiseProfile("asker")).isEmpty();
    assertThat(view.interestProfile("asker")).containsOnlyKeys("ipa", "dry hopping");
  }

  @Test
  void replies_inherit_the_topics_of_their_discussion_and_topics_are_normalised() {
    GraphView view = ExpertiseGraph.of(forum(), settings).view(PUBLIC, LATER);

    assertThat(view.expertiseProfile("commenter")).containsOnlyKeys("ipa", "dry hopping");
    assertThat(Topics.normalise("  Dry-Hopping ")).isEqualTo("dry hopping");
    assertThat(Topics.normalise("Café_Culture")).isEqualTo("cafe culture");
  }

  @Test
  void a_contribution_one_half_life_old_counts_half() {
    GraphSettings yearly = settings.withHalfLifeDays(365);
    List<Contribution> old = new Forum("public")
        .question("q1", "asker", 0, "t", "b", "ipa")
        .answer("a1", "q1", "expert", 0, 0, false, "x")
        .contributions();
    ExpertiseGraph graph = ExpertiseGraph.of(old, yearly);

    double fresh = graph.view(PUBLIC, Forum.day(1)).expertiseMass("expert");
    double aged = graph.view(PUBLIC, Forum.day(365)).expertiseMass("expert");

    assertThat(aged / fresh).isCloseTo(0.5, within(0.01));
    assertThatThrownBy(() -> settings.withHalfLifeDays(0)).hasMessageContaining("half life must be a positive number");
  }

  @Test
  void votes_raise_and_lower_what_an_answer_shows() {
    List<Contribution> voted = new Forum("public")
        .question("q1", "asker", 0, "t", "b", "ipa")
        .answer("a1", "q1", "liked", 1, 10, false, "x")
        .answer("a2", "q1", "plain", 1, 0, false, "y")
        .answer("a3", "q1", "disliked", 1, -2, false, "z")
        .contributions();
    GraphView view = ExpertiseGraph.of(voted, settings).view(PUBLIC, LATER);

    assertThat(view.expertiseMass("liked")).isGreaterThan(view.expertiseMass("plain"));
    assertThat(view.expertiseMass("plain")).isGreaterThan(view.expertiseMass("disliked"));
  }

  @Test
  void whoever_wrote_most_of_a_wiki_page_gets_most_of_its_credit() {
    Contribution page = Contribution.builder("w1", ContributionKind.WIKI_PAGE, "public")
        .title("Fermentation").tags(List.of("fermentation")).created(Forum.day(0))
        .contributors(List.of(new Contributor("main", ContributorRole.AUTHOR, 9_000),
            new Contributor("tweaker", ContributorRole.EDITOR, 1_000)))
        .build();
    GraphView view = ExpertiseGraph.of(List.of(page), settings).view(PUBLIC, LATER);

    double main = view.expertiseMass("main");
    double tweaker = view.expertiseMass("tweaker");
    assertThat(main / (main + tweaker)).isCloseTo(0.9, within(0.001));
  }

  @Test
  void a_view_shows_only_readable_communities_and_only_what_existed_before_its_instant() {
    List<Contribution> all = new java.util.ArrayList<>(forum());
    all.addAll(new Forum("private")
        .question("p1", "insider", 2, "Secret", "hush", "ipa")
        .answer("pa1", "p1", "answerer", 3, 0, true, "private answer")
        .contributions());
    ExpertiseGraph graph = ExpertiseGraph.of(all, settings);

    GraphView outsider = graph.view(PUBLIC, LATER);
    GraphView member = graph.view(AccessScope.of("insider", "public", "private"), LATER);
    GraphView before = graph.view(AccessScope.of("insider", "public", "private"), Forum.day(1));

    assertThat(outsider.contributionsOf("answerer")).extracting(ContributionNode::id).containsExactly("a2");
    assertThat(member.contributionsOf("answerer")).extracting(ContributionNode::id).containsExactlyInAnyOrder("a2", "pa1");
    assertThat(outsider.contribution("pa1")).isEmpty();
    assertThat(outsider.topicFrequency("ipa")).isEqualTo(3);
    assertThat(before.contributionsOf("answerer")).isEmpty();
  }

  @Test
  void contributions_can_be_added_replaced_and_removed() {
    ExpertiseGraph graph = ExpertiseGraph.of(forum(), settings);
    Contribution a2 = forum().stream().filter(c -> c.id().equals("a2")).findFirst().orElseThrow();

    graph.upsert(List.of(a2.toBuilder().contributors(List.of(Contributor.of("other", ContributorRole.ANSWERER))).build()));
    GraphView replaced = graph.view(PUBLIC, LATER);
    assertThat(replaced.contributionsOf("answerer")).isEmpty();
    assertThat(replaced.contributionsOf("other")).extracting(ContributionNode::id).containsExactly("a2");

    graph.remove(List.of("a2", "unknown"));
    assertThat(graph.view(PUBLIC, LATER).contributionsOf("other")).isEmpty();
    assertThat(graph.size()).isEqualTo(3);
  }

  @Test
  void a_saved_graph_loads_back_with_the_same_views(@TempDir Path dir) throws Exception {
    ExpertiseGraph graph = ExpertiseGraph.of(forum(), settings);
    Path file = dir.resolve("graphs/expertise.graph");

    GraphFile.save(graph, file);
    ExpertiseGraph loaded = GraphFile.load(file, settings);

    assertThat(loaded.size()).isEqualTo(graph.size());
    for (String member : List.of("asker", "accepted", "answerer", "commenter")) {
      Map<String, Double> before = graph.view(PUBLIC, LATER).expertiseProfile(member);
      assertThat(loaded.view(PUBLIC, LATER).expertiseProfile(member)).isEqualTo(before);
    }
    assertThat(loaded.view(PUBLIC, LATER).contribution("a1")).isEqualTo(graph.view(PUBLIC, LATER).contribution("a1"));

    Path future = dir.resolve("future.graph");
    try (var out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(Files.newOutputStream(future)))) {
      out.writeUTF(GraphFile.MAGIC);
      out.writeInt(GraphFile.VERSION + 1);
    }
    assertThatThrownBy(() -> GraphFile.load(future, settings)).isInstanceOf(StoreException.class)
        .hasMessageContaining("format version " + (GraphFile.VERSION + 1));

    Files.writeString(file, "not a graph");
    assertThatThrownBy(() -> GraphFile.load(file, settings)).isInstanceOf(StoreException.class)
        .hasMessageContaining("could not load");
  }
}
