package org.copse.expertise.rank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copse.expertise.graph.ContributionNode;
import org.copse.expertise.graph.Credit;
import org.copse.expertise.graph.GraphView;
import org.copse.index.EvidenceHit;
import org.copse.index.SearchIndex;
import org.copse.index.query.UserQuery;

/**
 * The document-centric model (Balog et al., model 2): retrieve the contributions most relevant to the
 * query, and credit each contributor by relevance × role × votes × recency. A discussion whose post
 * matched lends part of its relevance to its other posts, so answerers are credited for the question
 * they answered.
 */
final class DocumentModel {

  private final SearchIndex index;

  DocumentModel(SearchIndex index) {
    this.index = index;
  }

  Candidates score(UserQuery query, GraphView view, RankingSettings settings, Eligibility eligibility) {
    Candidates candidates = new Candidates();
    if (!query.hasText()) {
      return candidates;
    }
    List<EvidenceHit> hits = retrieve(query, view, settings.evidenceDepth());
    double threadCredit = settings.threadCredit();
    double k = settings.rankConstant();
    if (hits.isEmpty()) {
      return candidates;
    }
    double best = hits.stream().mapToDouble(EvidenceHit::relevance).max().orElse(0);
    Map<String, Double> direct = new LinkedHashMap<>();
    Map<String, Double> threads = new LinkedHashMap<>();
    Map<String, ContributionNode> nodes = new LinkedHashMap<>();
    int rank = 0;
    for (int i = 0; i < hits.size(); i++) {
      EvidenceHit hit = hits.get(i);
      // hits that score the same share the better rank: a tie is no evidence of order
      if (i > 0 && hit.relevance() < hits.get(i - 1).relevance()) {
        rank = i;
      }
      double relevance = k > 0 ? k / (k + rank) : best > 0 ? hit.relevance() / best : 1;
      direct.merge(hit.id(), relevance, Math::max);
      threads.merge(hit.threadId(), relevance, Math::max);
      nodes.put(hit.id(), view.contribution(hit.id()).orElseGet(() -> asNode(hit, view)));
    }
    if (threadCredit > 0) {
      for (String threadId : threads.keySet()) {
        for (ContributionNode node : view.thread(threadId)) {
          nodes.putIfAbsent(node.id(), node);
        }
      }
    }
    for (ContributionNode node : nodes.values()) {
      double relevance = Math.max(direct.getOrDefault(node.id(), 0.0),
          threadCredit * threads.getOrDefault(node.threadId(), 0.0));
      double decay = view.decay(node.created());
      for (Credit credit : node.credits()) {
        if (credit.expertise() > 0 && eligibility.counts(credit.memberId(), node.communityId())) {
          candidates.credit(credit.memberId(), node, relevance * credit.expertise() * decay);
        }
      }
    }
    return candidates;
  }

  /** Evidence created before the view's instant; the day filter narrows the search, the exact check decides. */
  private List<EvidenceHit> retrieve(UserQuery query, GraphView view, int depth) {
    return index.evidence(TimeSlice.before(query, view.asOf()), view.scope(), depth).stream()
        .filter(hit -> hit.created().isBefore(view.asOf()) && view.scope().canRead(hit.communityId()))
        .toList();
  }

  /** A hit the graph does not know yet (it lags the index): credited from what the hit carries. */
  private static ContributionNode asNode(EvidenceHit hit, GraphView view) {
    return ContributionNode.of(hit.id(), hit.kind(), hit.communityId(), hit.threadId(), hit.created(), hit.votes(),
        List.of(), hit.contributors(), view.roleWeights());
  }

}
