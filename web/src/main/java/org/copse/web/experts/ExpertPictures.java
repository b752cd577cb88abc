package org.copse.web.experts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copse.expertise.graph.Topics;
import org.copse.expertise.rank.TopicWeight;
import org.copse.web.charts.Bar;
import org.copse.web.charts.BarChart;
import org.copse.web.charts.Chart;
import org.copse.web.charts.Edge;
import org.copse.web.charts.NetworkChart;
import org.copse.web.charts.Node;
import org.copse.web.charts.NodeKind;
import org.copse.web.experts.ExpertViews.EvidenceView;
import org.copse.web.experts.ExpertViews.ExpertView;
import org.copse.web.experts.MemberExpertise.Profile;

/**
 * The pictures of the experts and member pages, drawn only from what the expert finder already scoped to the
 * viewer: a member's topics as bars, and the graph of experts, their communities and topics around a topic.
 */
final class ExpertPictures {
  /** The most communities and other topics the graph shows beside the experts. */
  static final int GRAPH_COMMUNITIES = 4;
  static final int GRAPH_TOPICS = 4;

  private ExpertPictures() {
  }

  static Chart topics(Profile profile) {
    List<Bar> bars = profile.topics().stream().map(t -> new Bar(t.topic(), t.weight())).toList();
    return new BarChart("member-topics", "Expertise of " + profile.name(),
        "The topics " + profile.name() + " knows most about, from contributions you can read, strongest first;"
            + " a longer bar means more, more recent and better received contributions on the topic.",
        "Topic", "Weight", bars).render();
  }

  /**
   * The topic in the middle; the experts around it, linked by their score; the communities their evidence
   * comes from, linked by how many pieces; the other topics they know most about, linked by weight. Each kind
   * of link is scaled to its own strongest (1), so scores, counts and topic weights can share one picture.
   */
  static Chart network(String topic, List<ExpertView> experts) {
    Node centre = new Node("topic", topic, NodeKind.TOPIC, 1);
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    Map<String, String> communityNames = new LinkedHashMap<>();
    Map<String, Long> communityEvidence = new LinkedHashMap<>();
    Map<String, Double> topicWeights = new LinkedHashMap<>();
    String asked = Topics.normalise(topic);
    double topScore = experts.stream().mapToDouble(ExpertView::score).max().orElse(1);
    for (ExpertView expert : experts) {
      nodes.add(new Node("member:" + expert.memberId(), expert.name(), NodeKind.MEMBER, expert.score()));
      edges.add(new Edge("topic", "member:" + expert.memberId(), relative(expert.score(), topScore)));
      for (EvidenceView evidence : expert.evidence()) {
        communityNames.putIfAbsent(evidence.communityId(), evidence.community());
        communityEvidence.merge(evidence.communityId(), 1L, Long::sum);
      }
      for (TopicWeight other : expert.topics()) {
        if (!Topics.normalise(other.topic()).equals(asked)) {
          topicWeights.merge(other.topic(), other.weight(), Double::sum);
        }
      }
    }
    List<String> communities = strongest(communityEvidence, GRAPH_COMMUNITIES);
    List<String> topics = strongest(topicWeights, GRAPH_TOPICS);
    communities.forEach(id -> nodes.add(new Node("community:" + id, communityNames.get(id), NodeKind.COMMUNITY,
        communityEvidence.get(id))));
    topics.forEach(t -> nodes.add(new Node("topic:" + t, t, NodeKind.TOPIC, topicWeights.get(t))));
    List<Map<String, Long>> perCommunity = experts.stream().map(ExpertPictures::evidencePerCommunity).toList();
    double topCount = perCommunity.stream().flatMap(counts -> counts.values().stream()).mapToLong(Long::longValue)
        .max().orElse(1);
    double topWeight = experts.stream().flatMap(e -> e.topics().stream()).mapToDouble(TopicWeight::weight).max()
        .orElse(1);
    for (int i = 0; i < experts.size(); i++) {
      ExpertView expert = experts.get(i);
      perCommunity.get(i).forEach((id, count) -> {
        if (communities.contains(id)) {
          edges.add(new Edge("member:" + expert.memberId(), "community:" + id, relative(count, topCount)));
        }
      });
      expert.topics().stream().filter(t -> topics.contains(t.topic())).forEach(t -> edges.add(
          new Edge("member:" + expert.memberId(), "topic:" + t.topic(), relative(t.weight(), topWeight))));
    }
    return new NetworkChart("expertise-graph", "Expertise around " + topic,
        "The experts on " + topic + " around it, linked to the communities their evidence comes from and the other"
            + " topics they know most about; a thicker line is a stronger link (1 is the strongest of its kind).",
        centre, nodes, edges).render();
  }

  private static Map<String, Long> evidencePerCommunity(ExpertView expert) {
    Map<String, Long> counts = new LinkedHashMap<>();
    expert.evidence().forEach(e -> counts.merge(e.communityId(), 1L, Long::sum));
    return counts;
  }

  private static double relative(double value, double top) {
    return top <= 0 ? 0 : value / top;
  }

  private static <N extends Number> List<String> strongest(Map<String, N> weights, int limit) {
    return weights.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, N> e) -> e.getValue().doubleValue()).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(limit).map(Map.Entry::getKey).toList();
  }
}
