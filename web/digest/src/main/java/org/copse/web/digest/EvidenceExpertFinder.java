package org.copse.web.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.index.AccessScope;
import org.copse.index.Contributor;
import org.copse.index.Directory;
import org.copse.index.EvidenceHit;
import org.copse.index.Member;
import org.copse.index.SearchIndex;

/**
 * People to ask, from the index's evidence for a topic inside the asker's scope: answering (above
 * all an accepted answer) and writing count; asking does not. A stand-in until the expertise
 * graph's ranking ({@code org.copse.expertise}) is wired in its place.
 */
public final class EvidenceExpertFinder implements ExpertFinder {
  /** How many relevant contributions are looked at per topic. */
  public static final int EVIDENCE_DEPTH = 200;

  private final SearchIndex index;
  private final Directory directory;

  public EvidenceExpertFinder(SearchIndex index, Directory directory) {
    this.index = index;
    this.directory = directory;
  }

  @Override
  public List<SuggestedExpert> expertsFor(String topic, AccessScope scope, int limit) {
    if (scope.isEmpty() || topic.isBlank() || limit < 1) {
      return List.of();
    }
    List<EvidenceHit> evidence = index.evidence(Queries.about(topic), scope, EVIDENCE_DEPTH);
    Map<String, Double> strength = new HashMap<>();
    Map<String, Set<String>> communities = new HashMap<>();
    float top = evidence.stream().map(EvidenceHit::relevance).max(Float::compare).orElse(1f);
    for (EvidenceHit hit : evidence) {
      double relevance = top > 0 ? hit.relevance() / top : 1;
      for (Contributor contributor : hit.contributors()) {
        double credit = credit(contributor) * relevance;
        if (credit > 0) {
          strength.merge(contributor.memberId(), credit, Double::sum);
          communities.computeIfAbsent(contributor.memberId(), k -> new HashSet<>()).add(hit.communityId());
        }
      }
    }
    List<SuggestedExpert> experts = new ArrayList<>();
    strength.entrySet().stream()
        .filter(e -> !e.getKey().equals(scope.viewerId()))
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> {
          if (experts.size() < limit) {
            directory.member(e.getKey()).map(Member::displayName).ifPresent(name ->
                experts.add(new SuggestedExpert(e.getKey(), name, topic, e.getValue(), communities.get(e.getKey()))));
          }
        });
    return experts;
  }

  private static double credit(Contributor contributor) {
    return switch (contributor.role()) {
      case ACCEPTED_ANSWERER -> 3;
      case ANSWERER, AUTHOR -> 1;
      case EDITOR -> 0.5;
      case COMMENTER -> 0.2;
      case ASKER -> 0;
    };
  }
}
