package org.copse.web.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maximal-marginal-relevance ordering with a hard cap per thread: each step takes the candidate
 * with the best {@code lambda × relevance − (1 − lambda) × similarity to what is already taken},
 * where two posts of one thread are fully similar and otherwise similarity is the overlap of their
 * tags. Deterministic: ties go to the earlier candidate.
 */
final class DiversityRanker {
  private final double lambda;
  private final int maxPerThread;

  DiversityRanker(double lambda, int maxPerThread) {
    if (lambda < 0 || lambda > 1) {
      throw new IllegalArgumentException("lambda must be between 0 and 1: " + lambda);
    }
    if (maxPerThread < 1) {
      throw new IllegalArgumentException("max per thread must be at least 1: " + maxPerThread);
    }
    this.lambda = lambda;
    this.maxPerThread = maxPerThread;
  }

  /** The best {@code limit} candidates in MMR order; relevance is normalised to the best candidate. */
  List<DigestItem> select(List<DigestItem> candidates, int limit) {
    double top = candidates.stream().mapToDouble(DigestItem::relevance).max().orElse(1);
    double scale = top > 0 ? top : 1;
    List<DigestItem> remaining = new ArrayList<>(candidates);
    List<DigestItem> chosen = new ArrayList<>();
    Map<String, Integer> perThread = new HashMap<>();
    while (chosen.size() < limit && !remaining.isEmpty()) {
      DigestItem best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (DigestItem candidate : remaining) {
        if (perThread.getOrDefault(candidate.threadId(), 0) >= maxPerThread) {
          continue;
        }
        double score = lambda * candidate.relevance() / scale - (1 - lambda) * maxSimilarity(candidate, chosen);
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
      if (best == null) {
        break;
      }
      remaining.remove(best);
      chosen.add(best);
      perThread.merge(best.threadId(), 1, Integer::sum);
    }
    return chosen;
  }

  private static double maxSimilarity(DigestItem candidate, List<DigestItem> chosen) {
    double max = 0;
    for (DigestItem other : chosen) {
      max = Math.max(max, similarity(candidate, other));
    }
    return max;
  }

  static double similarity(DigestItem a, DigestItem b) {
    if (a.threadId().equals(b.threadId())) {
      return 1;
    }
    if (a.tags().isEmpty() || b.tags().isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(a.tags());
    union.addAll(b.tags());
    long shared = a.tags().stream().distinct().filter(b.tags()::contains).count();
    return shared / (double) union.size();
  }
}
