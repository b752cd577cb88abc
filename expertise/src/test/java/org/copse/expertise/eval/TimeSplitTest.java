package org.copse.expertise.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copse.expertise.fixtures.Forum;
import org.copse.index.Contribution;
import org.junit.jupiter.api.Test;

class TimeSplitTest {

  @Test
  void the_latest_fifth_of_questions_is_held_out_and_judged_by_its_answers() {
    Forum forum = new Forum("c");
    for (int i = 0; i < 10; i++) {
      forum.question("q" + i, "asker" + i, i * 10, "title " + i, "body", "tag");
    }
    forum.answer("a8", "q8", "alice", 81, 0, true, "accepted, no votes")
        .answer("a8b", "q8", "bob", 82, 3, false, "well scored")
        .answer("a8c", "q8", "carol", 83, 0, false, "not scored")
        .answer("a9", "q9", "asker9", 91, 5, true, "answered own question")
        .answer("a1", "q1", "dave", 11, 2, true, "training period");
    List<Contribution> all = forum.contributions();

    List<TestQuestion> tests = TimeSplit.testQuestions(all, 0.2);

    assertThat(tests).hasSize(1);
    TestQuestion q8 = tests.get(0);
    assertThat(q8.question().id()).isEqualTo("q8");
    assertThat(q8.askerId()).isEqualTo("asker8");
    assertThat(q8.relevant(Judgement.STRICT)).containsExactly("alice");
    assertThat(q8.relevant(Judgement.LENIENT)).containsExactlyInAnyOrder("alice", "bob");
  }
}
