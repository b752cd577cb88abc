package org.copse.expertise.rank;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copse.expertise.graph.ContributionNode;
import org.copse.expertise.graph.Credit;
import org.copse.expertise.graph.GraphView;
import org.copse.expertise.graph.Topics;

/**
 * The candidate (profile) model: a member's visible topic profile against the query's topics. The
 * query's topics are its tags and the known topics its text names; rare topics weigh more. With
 * propagation, topics that often appear with the query's topics count too, at a lower weight.
 */
final class ProfileModel {

  /** Related topics added per query topic when propagating. */
  static final int RELATED_PER_TOPIC = 5;
  /** Discussions a related topic must share with a query topic to be added. */
  static final int MIN_SHARED = 2;

  /**
   * @param halfLifeDays how fast evidence fades here: the graph's half-life for lasting expertise,
   *     a short one for who has lately been answering on these topics
   */
  Candidates score(ExpertQuery query, GraphView view, double propagation, double halfLifeDays,
      Eligibility eligibility) {
    Map<String, Double> topics = queryTopics(query, view);
    if (propagation > 0) {
      topics = propagate(topics, view, propagation);
    }
    Candidates candidates = new Candidates();
    Map<String, Map<String, Double>> byMember = new HashMap<>();
    Map<String, Map<ContributionNode, Double>> support = new HashMap<>();
    for (Map.Entry<String, Double> topic : topics.entrySet()) {
      for (ContributionNode node : view.about(topic.getKey())) {
        double decay = view.decay(node.created(), halfLifeDays);
        for (Credit credit : node.credits()) {
          if (credit.expertise() > 0 && eligibility.counts(credit.memberId(), node.communityId())) {
            double amount = credit.expertise() * decay;
            byMember.computeIfAbsent(credit.memberId(), k -> new HashMap<>()).merge(topic.getKey(), amount, Double::sum);
            support.computeIfAbsent(credit.memberId(), k -> new HashMap<>())
                .merge(node, amount * topic.getValue(), Double::sum);
          }
        }
      }
    }
    for (Map.Entry<String, Map<String, Double>> member : byMember.entrySet()) {
      double score = 0;
      for (Map.Entry<String, Double> weight : member.getValue().entrySet()) {
        score += topics.get(weight.getKey()) * Math.log1p(weight.getValue());
      }
      Map<ContributionNode, Double> nodes = support.get(member.getKey());
      // credit the supporting contributions in proportion, so that evidence can be drawn from them
      double total = nodes.values().stream().mapToDouble(Double::doubleValue).sum();
      for (Map.Entry<ContributionNode, Double> node : nodes.entrySet()) {
        candidates.credit(member.getKey(), node.getKey(), score * node.getValue() / total);
      }
    }
    return candidates;
  }

  /** The query's topics, each weighted by its rarity among visible contributions. */
  static Map<String, Double> queryTopics(ExpertQuery query, GraphView view) {
    Map<String, Double> topics = new LinkedHashMap<>();
    for (String tag : query.tags()) {
      addTopic(topics, tag, view, 1.0);
    }
    for (String phrase : Topics.phrasesIn(query.query().text())) {
      addTopic(topics, phrase, view, 1.0);
    }
    return topics;
  }

  private static void addTopic(Map<String, Double> topics, String topic, GraphView view, double weight) {
    int frequency = view.topicFrequency(topic);
    if (frequency > 0 && !topics.containsKey(topic)) {
      topics.put(topic, weight / Math.sqrt(frequency));
    }
  }

  /** Adds topics that share discussions with the query's topics, weighted by how often they do. */
  private static Map<String, Double> propagate(Map<String, Double> topics, GraphView view, double propagation) {
    Map<String, Double> expanded = new LinkedHashMap<>(topics);
    for (Map.Entry<String, Double> topic : topics.entrySet()) {
      Map<String, Integer> shared = new HashMap<>();
      int starts = 0;
      for (ContributionNode node : view.about(topic.getKey())) {
        if (node.isThreadStart()) {
          starts++;
          for (String other : node.topics()) {
            if (!topics.containsKey(other)) {
              shared.merge(other, 1, Integer::sum);
            }
          }
        }
      }
      int total = Math.max(1, starts);
      List<Map.Entry<String, Integer>> related = shared.entrySet().stream()
          .filter(e -> e.getValue() >= MIN_SHARED)
          .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
          .limit(RELATED_PER_TOPIC)
          .toList();
      for (Map.Entry<String, Integer> other : related) {
        double weight = propagation * topic.getValue() * other.getValue() / total;
        expanded.merge(other.getKey(), weight, Double::sum);
      }
    }
    return expanded;
  }
}
