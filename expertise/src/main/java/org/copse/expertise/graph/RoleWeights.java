package org.copse.expertise.graph;

/**
 * How much expertise each part in a contribution shows. Asking a question shows a need, recorded as
 * interest and never as expertise.
 *
 * @param document writing a library document
 * @param wiki writing a whole wiki page; a writer gets this times their share of its edits
 * @param blog writing a blog post
 * @param answer answering a forum question
 * @param acceptedAnswer an answer that the asker accepted
 * @param comment commenting
 * @param askerInterest the interest that asking a question records
 * @param voteBoost how much a well-scored contribution gains: {@code 1 + voteBoost * ln(1 + score)}
 * @param negativeVoteFactor what a contribution with a negative score keeps of its weight
 */
public record RoleWeights(
    double document,
    double wiki,
    double blog,
    double answer,
    double acceptedAnswer,
    double comment,
    double askerInterest,
    double voteBoost,
    double negativeVoteFactor) {

  public static final double DEFAULT_DOCUMENT = 3.0;
  public static final double DEFAULT_WIKI = 3.0;
  public static final double DEFAULT_BLOG = 2.0;
  public static final double DEFAULT_ANSWER = 1.0;
  public static final double DEFAULT_ACCEPTED_ANSWER = 2.0;
  public static final double DEFAULT_COMMENT = 0.2;
  public static final double DEFAULT_ASKER_INTEREST = 1.0;
  public static final double DEFAULT_VOTE_BOOST = 0.5;
  public static final double DEFAULT_NEGATIVE_VOTE_FACTOR = 0.5;

  public RoleWeights {
    requireWeight(document, "document");
    requireWeight(wiki, "wiki");
    requireWeight(blog, "blog");
    requireWeight(answer, "answer");
    requireWeight(acceptedAnswer, "acceptedAnswer");
    requireWeight(comment, "comment");
    requireWeight(askerInterest, "askerInterest");
    requireWeight(voteBoost, "voteBoost");
    requireWeight(negativeVoteFactor, "negativeVoteFactor");
    if (negativeVoteFactor > 1) {
      throw new IllegalArgumentException("negativeVoteFactor must be at most 1, not " + negativeVoteFactor);
    }
  }

  /** The weights the ranking was evaluated with. */
  public static RoleWeights defaults() {
    return new RoleWeights(DEFAULT_DOCUMENT, DEFAULT_WIKI, DEFAULT_BLOG, DEFAULT_ANSWER, DEFAULT_ACCEPTED_ANSWER,
        DEFAULT_COMMENT, DEFAULT_ASKER_INTEREST, DEFAULT_VOTE_BOOST, DEFAULT_NEGATIVE_VOTE_FACTOR);
  }

  /** The factor a vote score applies to expertise. */
  public double voteFactor(int score) {
    if (score > 0) {
      return 1 + voteBoost * Math.log1p(score);
    }
    return score < 0 ? negativeVoteFactor : 1;
  }

  private static void requireWeight(double value, String name) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(name + " must be a finite number of at least 0, not " + value);
    }
  }
}
