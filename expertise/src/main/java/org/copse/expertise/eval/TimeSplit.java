package org.copse.expertise.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.jspecify.annotations.Nullable;

/**
 * Splits a question-and-answer dump by time: the latest questions are held out as tests, and each is
 * judged by the answers it received (the answerer who asked is not counted).
 */
public final class TimeSplit {

  /** The share of questions, latest first, held out. */
  public static final double DEFAULT_TEST_SHARE = 0.2;

  private TimeSplit() {}

  /** The held-out questions, oldest first, that have at least one good answer by someone other than the asker. */
  public static List<TestQuestion> testQuestions(List<Contribution> contributions, double testShare) {
    if (!(testShare > 0 && testShare < 1)) {
      throw new IllegalArgumentException("test share must be between 0 and 1, not " + testShare);
    }
    List<Contribution> questions = contributions.stream()
        .filter(c -> c.kind() == ContributionKind.FORUM_QUESTION)
        .sorted(Comparator.comparing(Contribution::created).thenComparing(Contribution::id))
        .toList();
    Map<String, List<Contribution>> answersByQuestion = new HashMap<>();
    for (Contribution c : contributions) {
      if (c.kind() == ContributionKind.FORUM_ANSWER) {
        String question = c.parentId() != null ? c.parentId() : c.threadId();
        answersByQuestion.computeIfAbsent(question, k -> new ArrayList<>()).add(c);
      }
    }
    int firstTest = (int) Math.floor(questions.size() * (1 - testShare));
    List<TestQuestion> tests = new ArrayList<>();
    for (Contribution question : questions.subList(firstTest, questions.size())) {
      TestQuestion test = judge(question, answersByQuestion.getOrDefault(question.id(), List.of()));
      if (!test.goodAnswerers().isEmpty()) {
        tests.add(test);
      }
    }
    return tests;
  }

  private static TestQuestion judge(Contribution question, List<Contribution> answers) {
    String asker = member(question, ContributorRole.ASKER, ContributorRole.AUTHOR);
    String accepted = null;
    Set<String> good = new LinkedHashSet<>();
    for (Contribution answer : answers) {
      String acceptedBy = member(answer, ContributorRole.ACCEPTED_ANSWERER);
      String answerer = acceptedBy != null ? acceptedBy : member(answer, ContributorRole.ANSWERER, ContributorRole.AUTHOR);
      if (answerer == null || answerer.equals(asker)) {
        continue;
      }
      if (acceptedBy != null) {
        accepted = acceptedBy;
        good.add(acceptedBy);
      } else if (answer.score() > 0) {
        good.add(answerer);
      }
    }
    return new TestQuestion(question, asker, accepted, good);
  }

  private static @Nullable String member(Contribution contribution, ContributorRole... roles) {
    for (Contributor contributor : contribution.contributors()) {
      for (ContributorRole role : roles) {
        if (contributor.role() == role) {
          return contributor.memberId();
        }
      }
    }
    return null;
  }
}
