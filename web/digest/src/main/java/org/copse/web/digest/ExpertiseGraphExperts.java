package org.copse.web.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.copse.expertise.rank.Evidence;
import org.copse.expertise.rank.Expert;
import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.copse.index.InvalidQueryException;
import org.copse.index.Member;

/** People to ask from the expertise graph's ranking ({@code org.copse.expertise}), scoped to the asker. */
public final class ExpertiseGraphExperts implements ExpertFinder {
  private final org.copse.expertise.rank.ExpertFinder expertise;
  private final Directory directory;

  public ExpertiseGraphExperts(org.copse.expertise.rank.ExpertFinder expertise, Directory directory) {
    this.expertise = expertise;
    this.directory = directory;
  }

  @Override
  public List<SuggestedExpert> expertsFor(String topic, AccessScope scope, int limit) {
    if (scope.isEmpty() || topic.isBlank() || limit < 1) {
      return List.of();
    }
    List<Expert> experts;
    try {
      experts = expertise.experts("\"" + topic.replace("\"", " ") + "\"", scope, Math.min(limit,
          org.copse.expertise.rank.ExpertFinder.MAX_LIMIT));
    } catch (InvalidQueryException e) {
      return List.of(); // a tag that is not a usable query has no experts
    }
    List<SuggestedExpert> result = new ArrayList<>();
    for (Expert expert : experts) {
      Set<String> communities = expert.evidence().stream().map(Evidence::communityId).collect(Collectors.toSet());
      directory.member(expert.memberId()).map(Member::displayName).ifPresent(name ->
          result.add(new SuggestedExpert(expert.memberId(), name, topic, expert.score(), communities)));
    }
    return result;
  }
}
