package org.copse.bench.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The experts on a topic by summed relevance.
 *
 * @param evidence contributions the sums were taken over
 * @param authorIds the top authors, best first
 */
public record ExpertOutcome(int evidence, List<String> authorIds) {
  /** Contributions considered per topic. */
  public static final int DEPTH = 1_000;
  /** Authors returned. */
  public static final int EXPERTS = 20;

  public ExpertOutcome {
    authorIds = List.copyOf(authorIds);
  }

  /** The top {@value #EXPERTS} of summed scores, ties by id so that engines agree. */
  public static ExpertOutcome of(int evidence, Map<String, Double> scores) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(scores.entrySet());
    entries.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue).reversed()
        .thenComparing(Map.Entry::getKey));
    return new ExpertOutcome(evidence, entries.stream().limit(EXPERTS).map(Map.Entry::getKey).toList());
  }
}
