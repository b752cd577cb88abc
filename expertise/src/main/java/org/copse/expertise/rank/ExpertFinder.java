package org.copse.expertise.rank;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.copse.expertise.graph.ContributionNode;
import org.copse.expertise.graph.ExpertiseGraph;
import org.copse.expertise.graph.GraphView;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchIndex;

/**
 * Finds experts on a topic, members' expertise profiles and their peers, for one viewer at a time.
 * Every answer is computed only from contributions the viewer may read: an expert whose only
 * evidence lies in a community the viewer cannot read is not suggested, and nothing there moves
 * anyone else's score, evidence or topics.
 *
 * <p>Thread safe. Members who opted out (see {@link ExpertPreferences}) are never suggested, and their
 * contributions in communities they opted out of never count.
 */
public final class ExpertFinder {

  /** The most experts, peers or topics one call returns. */
  public static final int MAX_LIMIT = 100;

  private final SearchIndex index;
  private final ExpertRanker ranker;
  private final Profiles profiles;
  private final RankingSettings settings;
  private final Clock clock;
  private final SuggestionLoad load = new SuggestionLoad();

  public ExpertFinder(SearchIndex index, ExpertiseGraph graph, ExpertPreferences preferences,
      RankingSettings settings, Clock clock) {
    this.index = Objects.requireNonNull(index, "index");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ranker = new ExpertRanker(index, graph, preferences, settings);
    this.profiles = new Profiles(preferences);
  }

  /** With the default settings and the system clock. */
  public ExpertFinder(SearchIndex index, ExpertiseGraph graph, ExpertPreferences preferences) {
    this(index, graph, preferences, RankingSettings.defaults(), Clock.systemUTC());
  }

  /**
   * Experts on a topic typed in the search syntax, best first.
   *
   * @throws InvalidQueryException when the topic cannot be parsed or the limit is out of range
   */
  public List<Expert> experts(String topic, AccessScope viewer, int limit) {
    return experts(ExpertQuery.parse(topic), viewer, limit);
  }

  /** Experts for a query, best first, each with evidence and topics the viewer may read. */
  public List<Expert> experts(ExpertQuery query, AccessScope viewer, int limit) {
    requireLimit(limit);
    Instant now = clock.instant();
    GraphView view = ranker.view(query, viewer, now);
    List<RankedMember> ranked = ranker.rank(query, view, spreadDepth(limit));
    ranked = spread(ranked, viewer, now);
    List<Expert> experts = new ArrayList<>();
    for (RankedMember member : ranked.subList(0, Math.min(limit, ranked.size()))) {
      experts.add(new Expert(member.memberId(), member.score(), evidence(member, viewer),
          profiles.topics(member.memberId(), view, settings.topicsPerExpert())));
      if (settings.loadSpreading().enabled()) {
        load.record(SuggestionLoad.key(viewer, member.memberId()), now);
      }
    }
    return experts;
  }

  /** Members whose visible expertise most resembles this member's, most similar first. */
  public List<Peer> peers(String memberId, AccessScope viewer, int limit) {
    requireLimit(limit);
    return profiles.peers(memberId, graphView(viewer), limit);
  }

  /** A member's visible expertise, strongest topic first; empty if they opted out (unless they are the viewer). */
  public List<TopicWeight> profile(String memberId, AccessScope viewer, int limit) {
    requireLimit(limit);
    return profiles.profile(memberId, viewer.viewerId(), graphView(viewer), limit);
  }

  private GraphView graphView(AccessScope viewer) {
    return ranker.view(ExpertQuery.ofText("", List.of()), viewer, clock.instant());
  }

  /** Ranks a few more than asked when spreading load, so that peers below the cut can move up. */
  private int spreadDepth(int limit) {
    return settings.loadSpreading().enabled() ? Math.min(MAX_LIMIT * 2, limit * 2) : limit;
  }

  private List<RankedMember> spread(List<RankedMember> ranked, AccessScope viewer, Instant now) {
    LoadSpreading spreading = settings.loadSpreading();
    if (!spreading.enabled()) {
      return ranked;
    }
    List<RankedMember> adjusted = new ArrayList<>(ranked.size());
    for (RankedMember member : ranked) {
      String key = SuggestionLoad.key(viewer, member.memberId());
      boolean busy = load.recentCount(key, now, spreading.window()) >= spreading.threshold();
      adjusted.add(busy ? new RankedMember(member.memberId(), member.score() * spreading.penalty(), member.support())
          : member);
    }
    adjusted.sort(Comparator.comparingDouble((RankedMember r) -> -r.score()).thenComparing(RankedMember::memberId));
    return adjusted;
  }

  private List<Evidence> evidence(RankedMember member, AccessScope viewer) {
    List<Evidence> evidence = new ArrayList<>();
    List<Map.Entry<ContributionNode, Double>> strongest = member.support().entrySet().stream()
        .sorted(Map.Entry.<ContributionNode, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(e -> e.getKey().id()))
        .toList();
    for (Map.Entry<ContributionNode, Double> entry : strongest) {
      if (evidence.size() == settings.evidencePerExpert()) {
        break;
      }
      ContributionNode node = entry.getKey();
      Optional<Contribution> contribution = index.get(node.id(), viewer);
      node.creditOf(member.memberId()).ifPresent(credit -> contribution.ifPresent(c -> evidence.add(
          new Evidence(c.id(), c.title(), c.kind(), c.communityId(), c.created(), credit.role(), entry.getValue()))));
    }
    return evidence;
  }

  private static void requireLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidQueryException("limit", "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
  }
}
