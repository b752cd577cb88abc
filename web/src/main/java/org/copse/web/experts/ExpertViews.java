package org.copse.web.experts;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copse.expertise.rank.Evidence;
import org.copse.expertise.rank.Expert;
import org.copse.expertise.rank.Peer;
import org.copse.expertise.rank.TopicWeight;
import org.copse.index.Community;
import org.copse.index.Directory;
import org.copse.index.Member;

/**
 * Experts, evidence and peers as pages and the API show them: with display names and dates. Make
 * one per request (names are looked up once each). Only given what the expert finder already scoped.
 */
public final class ExpertViews {
  private final Directory directory;
  private final Map<String, String> communities = new HashMap<>();
  private final Map<String, String> members = new HashMap<>();

  public ExpertViews(Directory directory) {
    this.directory = directory;
  }

  /** An expert with their evidence and strongest topics. */
  public record ExpertView(String memberId, String name, double score, List<EvidenceView> evidence, List<TopicWeight> topics) {}

  /** One contribution that shows a member's expertise. */
  public record EvidenceView(String id, String title, String kind, String communityId, String community, String date,
      String role, double weight) {}

  /** A member with similar expertise. */
  public record PeerView(String memberId, String name, double similarity, List<String> sharedTopics) {}

  public ExpertView expert(Expert expert) {
    return new ExpertView(expert.memberId(), member(expert.memberId()), expert.score(),
        expert.evidence().stream().map(this::evidence).toList(), expert.topics());
  }

  public EvidenceView evidence(Evidence evidence) {
    return new EvidenceView(evidence.contributionId(), evidence.title(), evidence.kind().label(), evidence.communityId(),
        community(evidence.communityId()), evidence.created().atZone(ZoneOffset.UTC).toLocalDate().toString(),
        evidence.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), evidence.weight());
  }

  public PeerView peer(Peer peer) {
    return new PeerView(peer.memberId(), member(peer.memberId()), peer.similarity(), peer.sharedTopics());
  }

  public String member(String id) {
    return members.computeIfAbsent(id, key -> directory.member(key).map(Member::displayName).orElse(key));
  }

  private String community(String id) {
    return communities.computeIfAbsent(id, key -> directory.community(key).map(Community::name).orElse(key));
  }
}
