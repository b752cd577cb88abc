package org.copse.expertise.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.copse.index.AccessScope;

/**
 * The graph as one viewer may see it at one instant: only contributions of the communities in the
 * scope, created before {@code asOf}. Everything it returns is computed from those alone, so content
 * outside the scope (or after the instant) cannot change any answer.
 *
 * <p>Weights decay with age: a contribution {@code halfLifeDays} older than {@code asOf} counts half.
 */
public final class GraphView {

  private static final double SECONDS_PER_DAY = 86_400;

  private final ExpertiseGraph graph;
  private final AccessScope scope;
  private final Instant asOf;
  private final double halfLifeDays;

  GraphView(ExpertiseGraph graph, AccessScope scope, Instant asOf) {
    this.graph = graph;
    this.scope = Objects.requireNonNull(scope, "scope");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.halfLifeDays = graph.settings().halfLifeDays();
  }

  public AccessScope scope() {
    return scope;
  }

  public Instant asOf() {
    return asOf;
  }

  /** The graph's half-life for expertise, in days. */
  public double halfLifeDays() {
    return halfLifeDays;
  }

  /** The role weights the graph credits with. */
  public RoleWeights roleWeights() {
    return graph.settings().roleWeights();
  }

  /** Whether a contribution is in this view. */
  public boolean isVisible(ContributionNode node) {
    return scope.canRead(node.communityId()) && node.created().isBefore(asOf);
  }

  /** The weight left after decay for something created at {@code created}: 1 now, ½ one half-life ago. */
  public double decay(Instant created) {
    return decay(created, halfLifeDays);
  }

  /** The same decay with another half-life, for signals that fade faster (such as recent activity). */
  public double decay(Instant created, double halfLife) {
    double ageDays = Math.max(0, Duration.between(created, asOf).getSeconds() / SECONDS_PER_DAY);
    return Math.pow(0.5, ageDays / halfLife);
  }

  /** The expertise a contribution shows for a member, after decay; 0 when they took no part. */
  public double expertise(ContributionNode node, String memberId) {
    return node.creditOf(memberId).map(c -> c.expertise() * decay(node.created())).orElse(0.0);
  }

  public Optional<ContributionNode> contribution(String id) {
    return graph.node(id).filter(this::isVisible);
  }

  /** The member's visible contributions, in any role. */
  public List<ContributionNode> contributionsOf(String memberId) {
    return visible(graph.nodesOfMember(memberId));
  }

  /** The visible contributions of one discussion. */
  public List<ContributionNode> thread(String threadId) {
    return visible(graph.nodesOfThread(threadId));
  }

  /** A contribution's topics: its own and, for a reply, those of its discussion's first post when visible. */
  public Set<String> topicsOf(ContributionNode node) {
    Set<String> topics = new LinkedHashSet<>(node.topics());
    if (!node.isThreadStart()) {
      contribution(node.threadId()).ifPresent(start -> topics.addAll(start.topics()));
    }
    return topics;
  }

  /** Visible contributions about a topic: those tagged with it and the replies in their discussions. */
  public List<ContributionNode> about(String topic) {
    Set<String> seen = new LinkedHashSet<>();
    List<ContributionNode> found = new ArrayList<>();
    for (ContributionNode node : visible(graph.nodesWithTopic(topic))) {
      List<ContributionNode> related = node.isThreadStart() ? thread(node.id()) : List.of(node);
      for (ContributionNode each : related) {
        if (seen.add(each.id())) {
          found.add(each);
        }
      }
    }
    return found;
  }

  /** How many visible contributions carry the topic themselves. */
  public int topicFrequency(String topic) {
    return visible(graph.nodesWithTopic(topic)).size();
  }

  /** The member's expertise per topic, after decay. */
  public Map<String, Double> expertiseProfile(String memberId) {
    return profile(memberId, true);
  }

  /** The member's needs and interests per topic (questions asked), after decay. */
  public Map<String, Double> interestProfile(String memberId) {
    return profile(memberId, false);
  }

  /** The member's expertise in all, after decay: how much visible evidence there is of them knowing anything. */
  public double expertiseMass(String memberId) {
    double mass = 0;
    for (ContributionNode node : contributionsOf(memberId)) {
      mass += expertise(node, memberId);
    }
    return mass;
  }

  private Map<String, Double> profile(String memberId, boolean expertise) {
    Map<String, Double> weights = new HashMap<>();
    for (ContributionNode node : contributionsOf(memberId)) {
      Credit credit = node.creditOf(memberId).orElseThrow();
      double weight = (expertise ? credit.expertise() : credit.interest()) * decay(node.created());
      if (weight > 0) {
        for (String topic : topicsOf(node)) {
          weights.merge(topic, weight, Double::sum);
        }
      }
    }
    return weights;
  }

  private List<ContributionNode> visible(List<ContributionNode> nodes) {
    List<ContributionNode> visible = new ArrayList<>(nodes.size());
    for (ContributionNode node : nodes) {
      if (isVisible(node)) {
        visible.add(node);
      }
    }
    return visible;
  }
}
