package org.copse.expertise.rank;

import java.util.List;

/**
 * A member whose visible expertise resembles another's.
 *
 * @param memberId the peer
 * @param similarity cosine similarity of the two topic profiles, 0 to 1
 * @param sharedTopics the topics that weigh most in both, strongest first
 */
public record Peer(String memberId, double similarity, List<String> sharedTopics) {
  public Peer {
    sharedTopics = List.copyOf(sharedTopics);
  }
}
