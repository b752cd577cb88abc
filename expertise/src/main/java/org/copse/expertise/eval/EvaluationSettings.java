package org.copse.expertise.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.copse.expertise.graph.GraphSettings;
import org.copse.expertise.rank.RankingSettings;

/**
 * What one evaluation run compares.
 *
 * @param testShare the share of questions, latest first, held out
 * @param graph how the graph weighs evidence
 * @param variants Copse ranking settings to compare, by name; the first is reported as "copse"'s choice
 * @param baselineDepth evidence depth for the BM25 baseline
 * @param limit how many members each method ranks (Recall is measured at 100)
 */
public record EvaluationSettings(double testShare, GraphSettings graph, Map<String, RankingSettings> variants,
    int baselineDepth, int limit) {

  public static final int DEFAULT_LIMIT = 100;

  public EvaluationSettings {
    if (!(testShare > 0 && testShare < 1)) {
      throw new IllegalArgumentException("test share must be between 0 and 1, not " + testShare);
    }
    Objects.requireNonNull(graph, "graph");
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("at least one ranking variant is needed");
    }
    variants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    if (baselineDepth < 1 || limit < 1) {
      throw new IllegalArgumentException("baseline depth and limit must be positive");
    }
  }

  /** The default ranking against the baselines, with the default split. */
  public static EvaluationSettings defaults() {
    return new EvaluationSettings(TimeSplit.DEFAULT_TEST_SHARE, GraphSettings.defaults(),
        Map.of("copse", RankingSettings.defaults()), RankingSettings.DEFAULT_EVIDENCE_DEPTH, DEFAULT_LIMIT);
  }
}
