package org.copse.expertise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.copse.expertise.fixtures.Forum;
import org.copse.expertise.fixtures.Backend;
import org.copse.expertise.graph.GraphSettings;
import org.copse.expertise.rank.RankingSettings;
import org.copse.index.Contribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expert evaluation on a real index; {@link LuceneExpertEvaluationTest} and
 * {@link ElasticsearchExpertEvaluationIT} run these same cases on each backend.
 */
abstract class ExpertEvaluationContractTest {
  private static final String INDEX = "expert-evaluation";

  /** The backend the evaluation's indexes live on. */
  protected abstract Backend backend();


  /**
   * Ten questions, two topics with one expert each. The held-out questions (the last two) are on
   * yeast, answered by the yeast expert (strict) with a well-scored answer by a newcomer who never
   * answered before (lenient only, and unseen).
   */
  static List<Contribution> dump() {
    Forum forum = new Forum("se");
    for (int i = 0; i < 4; i++) {
      forum.question("hq" + i, "asker" + i, i * 10, "Dry hopping question " + i, "How long should dry hops stay in?", "hops")
          .answer("ha" + i, "hq" + i, "hopper", i * 10 + 1, 2, true, "Three days of dry hopping is plenty.")
          .question("yq" + i, "asker" + i, i * 10 + 5, "Yeast starter question " + i, "How big a yeast starter?", "yeast")
          .answer("ya" + i, "yq" + i, "yeasty", i * 10 + 6, 2, true, "A one litre yeast starter for ale yeast.");
    }
    forum.question("test1", "asker9", 100, "Yeast starter for a lager", "What size yeast starter for lager yeast?", "yeast")
        .answer("t1a", "test1", "yeasty", 101, 1, true, "Two litres of yeast starter for lager yeast.")
        .answer("t1b", "test1", "newcomer", 101, 3, false, "Use a bigger starter for lager.")
        .question("test2", "asker9", 110, "Yeast starter timing", "When do I pitch the yeast starter?", "yeast")
        .answer("t2a", "test2", "yeasty", 111, 1, true, "Pitch the yeast starter at high krausen.");
    return forum.contributions();
  }

  @Test
  void metrics_on_a_tiny_dump_with_known_answers(@TempDir Path dir) {
    EvaluationSettings settings = new EvaluationSettings(0.2, GraphSettings.defaults(),
        Map.of("copse", RankingSettings.defaults()), 100, 100);

    EvaluationReport report = new ExpertEvaluation(settings).run("tiny", dump(), backend().supplier(dir, INDEX));

    assertThat(report.questions()).isEqualTo(10);
    assertThat(report.testQuestions()).isEqualTo(2);
    assertThat(report.strictQuestions()).isEqualTo(2);
    assertThat(report.strictCoverage()).isEqualTo(1.0);
    // pairs: (test1, yeasty), (test1, newcomer), (test2, yeasty): the newcomer was never seen
    assertThat(report.lenientCoverage()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(report.methods()).containsOnlyKeys("copse", "baseline-tag-answer-count", "baseline-bm25-document");

    MethodResult copse = report.methods().get("copse");
    assertThat(copse.strict().precisionAt1()).isEqualTo(1.0);
    assertThat(copse.strict().mrr()).isEqualTo(1.0);
    // lenient: test1 finds yeasty (1 of 2 good answerers), test2 finds yeasty (1 of 1)
    assertThat(copse.lenient().recallAt100()).isCloseTo((0.5 + 1.0) / 2, within(1e-9));
    assertThat(copse.lenient().precisionAt1()).isEqualTo(1.0);
    assertThat(report.methods().get("baseline-tag-answer-count").strict().precisionAt1()).isEqualTo(1.0);
    // yeasty had answered 4 yeast questions before test1, and 5 (with test1's) before test2
    assertThat(report.sliceSizes()).containsEntry("fewer-than-5-answers", 1).containsEntry("5-or-more-answers", 1);
    assertThat(copse.strictBySlice()).containsOnlyKeys("fewer-than-5-answers", "5-or-more-answers");
    assertThat(report.toJson()).contains("\"copse\"", "\"p@1\": 1.0000", "\"coverage\"");
  }

  @Test
  void nothing_from_or_after_a_test_question_is_used_to_rank_for_it(@TempDir Path dir) {
    // the only yeast answers are the test questions' own: no method may find their answerer
    List<Contribution> dump = new Forum("se")
        .question("q0", "a0", 0, "Dry hopping", "dry hops", "hops").answer("x0", "q0", "hopper", 1, 1, true, "hops")
        .question("q1", "a1", 2, "Dry hopping", "dry hops", "hops").answer("x1", "q1", "hopper", 3, 1, true, "hops")
        .question("q2", "a2", 4, "Dry hopping", "dry hops", "hops").answer("x2", "q2", "hopper", 5, 1, true, "hops")
        .question("q3", "a3", 6, "Dry hopping", "dry hops", "hops").answer("x3", "q3", "hopper", 7, 1, true, "hops")
        .question("test", "a4", 10, "Yeast starter", "yeast starter size", "yeast")
        .answer("t", "test", "yeasty", 11, 5, true, "yeast starter yeast starter")
        .contributions();

    EvaluationReport report = new ExpertEvaluation(EvaluationSettings.defaults()).run("leak", dump, backend().supplier(dir, INDEX));

    assertThat(report.strictCoverage()).isZero();
    assertThat(report.sliceSizes()).containsEntry("unseen", 1);
    report.methods().values().forEach(m -> assertThat(m.strict().recallAt100()).isZero());
  }
}
