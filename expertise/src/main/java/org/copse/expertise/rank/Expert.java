package org.copse.expertise.rank;

import java.util.List;

/**
 * A member suggested as an expert on a topic.
 *
 * @param memberId the member
 * @param score their combined score; comparable only within one ranking
 * @param evidence the visible contributions that weigh most, best first
 * @param topics their strongest visible topics, strongest first
 */
public record Expert(String memberId, double score, List<Evidence> evidence, List<TopicWeight> topics) {
  public Expert {
    evidence = List.copyOf(evidence);
    topics = List.copyOf(topics);
  }
}
