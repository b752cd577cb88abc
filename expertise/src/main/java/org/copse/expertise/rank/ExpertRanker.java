package org.copse.expertise.rank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.copse.expertise.graph.ContributionNode;
import org.copse.expertise.graph.ExpertiseGraph;
import org.copse.expertise.graph.GraphView;
import org.copse.index.AccessScope;
import org.copse.index.SearchIndex;

/**
 * Ranks members for a query by combining, each scaled to 0..1 over the candidates: the document
 * model, the profile model, the same profile counted with a short half-life (who has lately answered
 * on these topics), a quality prior and recent activity. Everything is computed from one
 * {@link GraphView} and one scoped evidence search, so nothing the viewer may not read changes the
 * result. (The one channel left is the index's: its term statistics are collection-wide and may
 * reorder visible evidence, as the {@code SearchIndex} contract allows; with a rank constant only
 * that order counts, never the scores.)
 *
 * <p>Thread safe; holds no state of its own.
 */
public final class ExpertRanker {

  private final ExpertiseGraph graph;
  private final DocumentModel documents;
  private final ProfileModel profiles = new ProfileModel();
  private final ExpertPreferences preferences;
  private final RankingSettings settings;

  public ExpertRanker(SearchIndex index, ExpertiseGraph graph, ExpertPreferences preferences,
      RankingSettings settings) {
    this.graph = Objects.requireNonNull(graph, "graph");
    this.documents = new DocumentModel(Objects.requireNonNull(index, "index"));
    this.preferences = Objects.requireNonNull(preferences, "preferences");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public RankingSettings settings() {
    return settings;
  }

  /** The view a query is answered from: the viewer's scope, just before the query's instant. */
  public GraphView view(ExpertQuery query, AccessScope viewer, Instant now) {
    return graph.view(viewer, query.asOf() == null ? now : query.asOf());
  }

  /** The best {@code limit} members for a query, as the viewer may see them. */
  public List<RankedMember> rank(ExpertQuery query, GraphView view, int limit) {
    Eligibility eligibility = new Eligibility(preferences, query.excludedMembers());
    Candidates document = settings.documentWeight() > 0
        ? documents.score(query.query(), view, settings, eligibility)
        : new Candidates();
    Candidates profile = settings.profileWeight() > 0
        ? profiles.score(query, view, settings.propagationWeight(), view.halfLifeDays(), eligibility)
        : new Candidates();
    Candidates recentTopics = settings.recentTopicWeight() > 0
        ? profiles.score(query, view, 0, settings.activityHalfLifeDays(), eligibility)
        : new Candidates();
    Set<String> members = new LinkedHashSet<>(document.members());
    members.addAll(profile.members());
    members.addAll(recentTopics.members());
    Candidates prior = settings.priorWeight() > 0 ? prior(members, view, eligibility) : new Candidates();
    Candidates activity = settings.activityWeight() > 0
        ? activity(members, view, eligibility, settings.activityHalfLifeDays()) : new Candidates();
    List<RankedMember> ranked = new ArrayList<>(members.size());
    for (String member : members) {
      double score = settings.documentWeight() * document.scaled(member)
          + settings.profileWeight() * profile.scaled(member)
          + settings.priorWeight() * prior.scaled(member)
          + settings.activityWeight() * activity.scaled(member)
          + settings.recentTopicWeight() * recentTopics.scaled(member);
      Map<ContributionNode, Double> support = new HashMap<>(profile.support(member));
      document.support(member).forEach((node, share) -> support.merge(node, share, Double::sum));
      ranked.add(new RankedMember(member, score, support));
    }
    ranked.sort(Comparator.comparingDouble((RankedMember r) -> -r.score()).thenComparing(RankedMember::memberId));
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  /** How much a candidate has taken part lately, in any role: people still around are likelier to help. */
  private static Candidates activity(Set<String> members, GraphView view, Eligibility eligibility, double halfLife) {
    Candidates activity = new Candidates();
    for (String member : members) {
      double recent = 0;
      for (ContributionNode node : view.contributionsOf(member)) {
        if (eligibility.counts(member, node.communityId())) {
          recent += view.decay(node.created(), halfLife);
        }
      }
      activity.set(member, Math.log1p(recent));
    }
    return activity;
  }

  /** All of a candidate's visible, decayed expertise, dampened: people who answer well keep doing so. */
  private static Candidates prior(Set<String> members, GraphView view, Eligibility eligibility) {
    Candidates prior = new Candidates();
    for (String member : members) {
      double mass = 0;
      for (ContributionNode node : view.contributionsOf(member)) {
        if (eligibility.counts(member, node.communityId())) {
          mass += view.expertise(node, member);
        }
      }
      prior.set(member, Math.log1p(mass));
    }
    return prior;
  }
}
