package org.copse.expertise.rank;

import java.util.Map;
import org.copse.expertise.graph.ContributionNode;

/**
 * A member's place in one ranking, before evidence is looked up for display.
 *
 * @param memberId the member
 * @param score the combined score
 * @param support the visible contributions that gave the score, with their shares
 */
public record RankedMember(String memberId, double score, Map<ContributionNode, Double> support) {
  public RankedMember {
    support = Map.copyOf(support);
  }
}
