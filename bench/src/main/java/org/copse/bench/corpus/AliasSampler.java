package org.copse.bench.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;

/**
 * Draws indexes 0..n-1 with fixed weights in constant time (Vose's alias method): the corpus draws
 * hundreds of millions of words, so a binary search per word would dominate generation.
 */
final class AliasSampler {
  private final double[] keep;
  private final int[] alias;

  AliasSampler(double[] weights) {
    int n = weights.length;
    if (n == 0) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    double total = 0;
    for (double w : weights) {
      if (w < 0 || Double.isNaN(w)) {
        throw new IllegalArgumentException("weights must be non-negative: " + w);
      }
      total += w;
    }
    keep = new double[n];
    alias = new int[n];
    double[] scaled = new double[n];
    Deque<Integer> small = new ArrayDeque<>();
    Deque<Integer> large = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / total;
      (scaled[i] < 1 ? small : large).push(i);
    }
    while (!small.isEmpty() && !large.isEmpty()) {
      int s = small.pop();
      int l = large.pop();
      keep[s] = scaled[s];
      alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      (scaled[l] < 1 ? small : large).push(l);
    }
    while (!large.isEmpty()) {
      keep[large.pop()] = 1;
    }
    while (!small.isEmpty()) {
      keep[small.pop()] = 1;
    }
  }

  /** Zipf weights 1/rank^exponent for ranks 1..n. */
  static AliasSampler zipf(int n, double exponent) {
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = Math.pow(i + 1, -exponent);
    }
    return new AliasSampler(weights);
  }

  int size() {
    return keep.length;
  }

  int sample(SplittableRandom random) {
    int i = random.nextInt(keep.length);
    return random.nextDouble() < keep[i] ? i : alias[i];
  }
}
