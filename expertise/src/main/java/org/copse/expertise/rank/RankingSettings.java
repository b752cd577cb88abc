package org.copse.expertise.rank;

import java.util.Objects;

/**
 * How experts are ranked: a weighted sum of models, each scaled to 0..1 over the candidates.
 *
 * @param evidenceDepth how many relevant contributions to retrieve as evidence (1 to 10,000)
 * @param rankConstant when above 0, a hit at rank r (from 0) weighs {@code k / (k + r)} instead of
 *     its relevance over the best one; ranks depend only on the order of visible hits, never on
 *     collection statistics that unreadable content may shift
 * @param documentWeight weight of the document model: relevant contributions credit their contributors
 * @param threadCredit how much of a discussion's best relevance its other posts inherit (0 turns it off):
 *     an answer counts for a question that matched, even where the answer's own words did not
 * @param profileWeight weight of the profile model: the member's visible topics against the query's
 * @param propagationWeight how much topics that often appear with the query's topics count in the profile model
 * @param priorWeight weight of the quality prior: all the member's visible, decayed expertise
 * @param activityWeight weight of recent activity: members still taking part are likelier to help
 * @param activityHalfLifeDays how fast activity (and recent topic activity) fades, in days
 * @param recentTopicWeight weight of the profile model counted with the activity half-life: who has
 *     lately been answering on the query's topics
 * @param evidencePerExpert contributions shown per expert
 * @param topicsPerExpert topics shown per expert
 * @param loadSpreading moving over-suggested experts down
 */
public record RankingSettings(
    int evidenceDepth,
    double rankConstant,
    double documentWeight,
    double threadCredit,
    double profileWeight,
    double propagationWeight,
    double priorWeight,
    double activityWeight,
    double activityHalfLifeDays,
    double recentTopicWeight,
    int evidencePerExpert,
    int topicsPerExpert,
    LoadSpreading loadSpreading) {

  public static final int DEFAULT_EVIDENCE_DEPTH = 300;
  public static final double DEFAULT_RANK_CONSTANT = 10;
  public static final double DEFAULT_DOCUMENT_WEIGHT = 1.0;
  public static final double DEFAULT_THREAD_CREDIT = 1.0;
  public static final double DEFAULT_PROFILE_WEIGHT = 0.5;
  public static final double DEFAULT_PROPAGATION_WEIGHT = 0.0;
  public static final double DEFAULT_PRIOR_WEIGHT = 0.3;
  public static final double DEFAULT_ACTIVITY_WEIGHT = 2.0;
  public static final double DEFAULT_ACTIVITY_HALF_LIFE_DAYS = 14;
  public static final double DEFAULT_RECENT_TOPIC_WEIGHT = 1.0;
  public static final int DEFAULT_EVIDENCE_PER_EXPERT = 3;
  public static final int DEFAULT_TOPICS_PER_EXPERT = 5;

  public RankingSettings {
    if (evidenceDepth < 1 || evidenceDepth > 10_000) {
      throw new IllegalArgumentException("evidence depth must be between 1 and 10000, not " + evidenceDepth);
    }
    requireWeight(rankConstant, "rankConstant");
    requireWeight(documentWeight, "documentWeight");
    requireWeight(threadCredit, "threadCredit");
    if (threadCredit > 1) {
      throw new IllegalArgumentException("threadCredit must be at most 1, not " + threadCredit);
    }
    requireWeight(profileWeight, "profileWeight");
    requireWeight(propagationWeight, "propagationWeight");
    requireWeight(priorWeight, "priorWeight");
    requireWeight(activityWeight, "activityWeight");
    requireWeight(recentTopicWeight, "recentTopicWeight");
    if (!(activityHalfLifeDays > 0) || Double.isInfinite(activityHalfLifeDays)) {
      throw new IllegalArgumentException("activity half life must be a positive number of days, not " + activityHalfLifeDays);
    }
    if (documentWeight + profileWeight == 0) {
      throw new IllegalArgumentException("documentWeight and profileWeight must not both be 0: nothing would find candidates");
    }
    if (evidencePerExpert < 0 || topicsPerExpert < 0) {
      throw new IllegalArgumentException("evidence and topics per expert must not be negative");
    }
    Objects.requireNonNull(loadSpreading, "loadSpreading");
  }

  /** The combination the evaluation supports, with load spreading off. */
  public static RankingSettings defaults() {
    return new RankingSettings(DEFAULT_EVIDENCE_DEPTH, DEFAULT_RANK_CONSTANT, DEFAULT_DOCUMENT_WEIGHT, DEFAULT_THREAD_CREDIT,
        DEFAULT_PROFILE_WEIGHT, DEFAULT_PROPAGATION_WEIGHT, DEFAULT_PRIOR_WEIGHT, DEFAULT_ACTIVITY_WEIGHT,
        DEFAULT_ACTIVITY_HALF_LIFE_DAYS, DEFAULT_RECENT_TOPIC_WEIGHT, DEFAULT_EVIDENCE_PER_EXPERT,
        DEFAULT_TOPICS_PER_EXPERT, LoadSpreading.off());
  }

  public RankingSettings withModelWeights(double document, double threadCreditShare, double profile,
      double propagation, double prior) {
    return new RankingSettings(evidenceDepth, rankConstant, document, threadCreditShare, profile, propagation, prior,
        activityWeight, activityHalfLifeDays, recentTopicWeight, evidencePerExpert, topicsPerExpert, loadSpreading);
  }

  public RankingSettings withEvidenceDepth(int depth) {
    return new RankingSettings(depth, rankConstant, documentWeight, threadCredit, profileWeight, propagationWeight,
        priorWeight, activityWeight, activityHalfLifeDays, recentTopicWeight, evidencePerExpert, topicsPerExpert, loadSpreading);
  }

  public RankingSettings withLoadSpreading(LoadSpreading spreading) {
    return new RankingSettings(evidenceDepth, rankConstant, documentWeight, threadCredit, profileWeight,
        propagationWeight, priorWeight, activityWeight, activityHalfLifeDays, recentTopicWeight, evidencePerExpert, topicsPerExpert,
        spreading);
  }

  /** Weighs hits by rank with this constant, or by relative relevance when 0. */
  public RankingSettings withRankConstant(double constant) {
    return new RankingSettings(evidenceDepth, constant, documentWeight, threadCredit, profileWeight,
        propagationWeight, priorWeight, activityWeight, activityHalfLifeDays, recentTopicWeight, evidencePerExpert, topicsPerExpert,
        loadSpreading);
  }

  /** Shows this many contributions and topics per expert (0 for none: rankings only). */
  public RankingSettings withDisplay(int evidence, int topics) {
    return new RankingSettings(evidenceDepth, rankConstant, documentWeight, threadCredit, profileWeight,
        propagationWeight, priorWeight, activityWeight, activityHalfLifeDays, recentTopicWeight, evidence, topics, loadSpreading);
  }

  /** Weighs who has lately been answering on the query's topics. */
  public RankingSettings withRecentTopicWeight(double weight) {
    return new RankingSettings(evidenceDepth, rankConstant, documentWeight, threadCredit, profileWeight,
        propagationWeight, priorWeight, activityWeight, activityHalfLifeDays, weight, evidencePerExpert,
        topicsPerExpert, loadSpreading);
  }

  /** Weighs recent activity (any visible contribution, fading with the given half-life). */
  public RankingSettings withActivity(double weight, double halfLifeDays) {
    return new RankingSettings(evidenceDepth, rankConstant, documentWeight, threadCredit, profileWeight,
        propagationWeight, priorWeight, weight, halfLifeDays, recentTopicWeight, evidencePerExpert, topicsPerExpert, loadSpreading);
  }

  private static void requireWeight(double value, String name) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(name + " must be a finite number of at least 0, not " + value);
    }
  }
}
