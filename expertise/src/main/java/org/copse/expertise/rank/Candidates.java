package org.copse.expertise.rank;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.expertise.graph.ContributionNode;

/** Scores being gathered for members by one model, with the contributions that gave them. */
final class Candidates {

  private final Map<String, Double> scores = new HashMap<>();
  private final Map<String, Map<ContributionNode, Double>> support = new HashMap<>();

  void credit(String memberId, ContributionNode node, double amount) {
    if (amount <= 0) {
      return;
    }
    scores.merge(memberId, amount, Double::sum);
    support.computeIfAbsent(memberId, k -> new HashMap<>()).merge(node, amount, Double::sum);
  }

  void set(String memberId, double score) {
    scores.put(memberId, score);
  }

  double score(String memberId) {
    return scores.getOrDefault(memberId, 0.0);
  }

  Set<String> members() {
    return scores.keySet();
  }

  double max() {
    return scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** The score scaled so that the best candidate has 1. */
  double scaled(String memberId) {
    double max = max();
    return max > 0 ? score(memberId) / max : 0;
  }

  Map<ContributionNode, Double> support(String memberId) {
    return support.getOrDefault(memberId, Map.of());
  }

  /** Members best first; ties broken by id so that rankings are stable. */
  List<String> ranked() {
    return scores.keySet().stream()
        .sorted(Comparator.comparingDouble((String m) -> -scores.get(m)).thenComparing(m -> m))
        .toList();
  }
}
