package org.copse.web.digest.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copse.expertise.fixtures.Backend;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.web.digest.DigestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest evaluation on a real index; {@link LuceneDigestEvaluationTest} and
 * {@link ElasticsearchDigestEvaluationIT} run these same cases on each backend.
 */
abstract class DigestEvaluationContractTest {
  private static final String INDEX = "digest-evaluation";

  private static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z"); // 2026-W02

  @TempDir Path folder;

  /** The backend the evaluation's index lives on. */
  protected abstract Backend backend();

  /**
   * Each week: two questions about hops early in the week and three about yeast at its end. The
   * hop expert answers hop questions of the week before, so a digest ranked by interest finds what
   * they answer and "most recent" (the yeast questions) finds less.
   */
  private static List<Contribution> hopsAndYeast(int weeks) {
    List<Contribution> all = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      Instant monday = MONDAY.plus(Duration.ofDays(7L * w));
      for (int i = 0; i < 2; i++) {
        String id = "h" + w + "-" + i;
        all.add(question(id, "Hop schedule question " + w + "." + i, monday.plus(Duration.ofHours(1 + i)), "hops"));
        all.add(answer("ans-" + id, id, "expert", monday.plus(Duration.ofDays(8)).plus(Duration.ofHours(i)), "hops"));
      }
      for (int i = 0; i < 12; i++) {
        all.add(question("y" + w + "-" + i, "Yeast pitching question " + w + "." + i,
            monday.plus(Duration.ofDays(6)).plus(Duration.ofMinutes(i)), "yeast"));
      }
    }
    return all;
  }

  private static Contribution question(String id, String title, Instant created, String tag) {
    return Contribution.builder(id, ContributionKind.FORUM_QUESTION, "beer").title(title).body(title)
        .contributor("asker-" + id, ContributorRole.ASKER).tags(List.of(tag)).created(created).build();
  }

  private static Contribution answer(String id, String question, String who, Instant created, String tag) {
    return Contribution.builder(id, ContributionKind.FORUM_ANSWER, "beer").title("Re: " + question)
        .body("An answer about " + tag).contributor(who, ContributorRole.ANSWERER).tags(List.of(tag))
        .created(created).threadId(question).parentId(question).build();
  }

  @Test
  void interestRankedDigestsBeatMostRecentPostsWhenInterestsPredictAnswers() {
    DigestEvaluation evaluation = new DigestEvaluation(new DigestEvaluation.Settings(10, 2,
        new DigestSettings(10, 2, 0.7, 0, false, 5, 30, 10, 0.5)));
    DigestEvaluation.Report report = evaluation.run(hopsAndYeast(8),
        backend().supplier(folder, INDEX));

    assertThat(report.memberWeeks()).isGreaterThan(0);
    assertThat(report.weeks()).allSatisfy(w -> assertThat(w.members()).isEqualTo(1));
    assertThat(report.digestPrecision()).isGreaterThan(report.baselinePrecision());
    assertThat(report.digestPrecision()).isCloseTo(0.2, within(1e-9)); // both hop questions of each week, out of 10
    assertThat(report.baselinePrecision()).isZero(); // the ten newest are all about yeast
  }

  @Test
  void noContributionsGiveAnEmptyReport() {
    DigestEvaluation.Report report = new DigestEvaluation(DigestEvaluation.Settings.DEFAULTS)
        .run(List.of(), backend().supplier(folder, INDEX));
    assertThat(report.memberWeeks()).isZero();
    assertThat(report.weeks()).isEmpty();
  }
}
