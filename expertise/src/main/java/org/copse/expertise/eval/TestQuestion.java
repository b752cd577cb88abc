package org.copse.expertise.eval;

import java.util.Objects;
import java.util.Set;
import org.copse.index.Contribution;
import org.jspecify.annotations.Nullable;

/**
 * A question held out for evaluation, with who answered it well.
 *
 * @param question the question as it was asked
 * @param askerId who asked, never suggested for their own question
 * @param acceptedAnswerer whose answer was accepted (the strict ground truth), if any
 * @param goodAnswerers the accepted answerer and every answerer whose answer scored above 0 (lenient)
 */
public record TestQuestion(Contribution question, @Nullable String askerId, @Nullable String acceptedAnswerer,
    Set<String> goodAnswerers) {

  public TestQuestion {
    Objects.requireNonNull(question, "question");
    goodAnswerers = Set.copyOf(goodAnswerers);
  }

  /** The relevant members for one kind of judgement. */
  public Set<String> relevant(Judgement judgement) {
    return switch (judgement) {
      case STRICT -> acceptedAnswerer == null ? Set.of() : Set.of(acceptedAnswerer);
      case LENIENT -> goodAnswerers;
    };
  }
}
