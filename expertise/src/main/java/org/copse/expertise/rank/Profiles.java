package org.copse.expertise.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.expertise.graph.ContributionNode;
import org.copse.expertise.graph.Credit;
import org.copse.expertise.graph.GraphView;

/** Members' visible topic profiles, and peers by profile similarity; honours opt-outs. */
final class Profiles {

  /** A member's strongest topics that are searched for peers. */
  static final int PEER_SEED_TOPICS = 20;

  private final ExpertPreferences preferences;

  Profiles(ExpertPreferences preferences) {
    this.preferences = preferences;
  }

  List<TopicWeight> profile(String memberId, String viewerId, GraphView view, int limit) {
    if (preferences.optedOut(memberId) && !memberId.equals(viewerId)) {
      return List.of();
    }
    return strongest(weights(memberId, view), limit);
  }

  List<TopicWeight> topics(String memberId, GraphView view, int limit) {
    return limit == 0 ? List.of() : strongest(weights(memberId, view), limit);
  }

  List<Peer> peers(String memberId, GraphView view, int limit) {
    Map<String, Double> own = weights(memberId, view);
    if (own.isEmpty()) {
      return List.of();
    }
    Set<String> candidates = new LinkedHashSet<>();
    for (TopicWeight topic : strongest(own, PEER_SEED_TOPICS)) {
      for (ContributionNode node : view.about(topic.topic())) {
        for (Credit credit : node.credits()) {
          if (credit.expertise() > 0) {
            candidates.add(credit.memberId());
          }
        }
      }
    }
    candidates.remove(memberId);
    List<Peer> peers = new ArrayList<>();
    for (String candidate : candidates) {
      if (preferences.optedOut(candidate)) {
        continue;
      }
      Map<String, Double> theirs = weights(candidate, view);
      double similarity = cosine(own, theirs);
      if (similarity > 0) {
        peers.add(new Peer(candidate, similarity, shared(own, theirs)));
      }
    }
    peers.sort(Comparator.comparingDouble((Peer p) -> -p.similarity()).thenComparing(Peer::memberId));
    return peers.subList(0, Math.min(limit, peers.size()));
  }

  /** Topic weights from the member's visible contributions, without those in communities they opted out of. */
  private Map<String, Double> weights(String memberId, GraphView view) {
    Map<String, Double> weights = new HashMap<>();
    for (ContributionNode node : view.contributionsOf(memberId)) {
      if (preferences.optedOut(memberId, node.communityId())) {
        continue;
      }
      double weight = view.expertise(node, memberId);
      if (weight > 0) {
        for (String topic : view.topicsOf(node)) {
          weights.merge(topic, weight, Double::sum);
        }
      }
    }
    return weights;
  }

  private static List<TopicWeight> strongest(Map<String, Double> weights, int limit) {
    return weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new TopicWeight(e.getKey(), e.getValue()))
        .toList();
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> entry : a.entrySet()) {
      dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
    }
    double norms = norm(a) * norm(b);
    return norms > 0 ? dot / norms : 0;
  }

  private static double norm(Map<String, Double> weights) {
    return Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
  }

  private static List<String> shared(Map<String, Double> a, Map<String, Double> b) {
    return a.keySet().stream().filter(b::containsKey)
        .sorted(Comparator.comparingDouble((String t) -> -Math.min(a.get(t), b.get(t))).thenComparing(t -> t))
        .limit(3)
        .toList();
  }
}
