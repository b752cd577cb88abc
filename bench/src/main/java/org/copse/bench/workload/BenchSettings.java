package org.copse.bench.workload;

import java.nio.file.Path;
import java.util.List;

/**
 * How a benchmark run is set up.
 *
 * @param size contributions in the corpus
 * @param seed the seed of corpus and queries
 * @param workFolder where the corpus file and indexes go (several GB at a million)
 * @param buildThreads indexing thread counts to measure builds with; the last one's index is searched
 * @param buildRepeats builds per engine and thread count
 * @param queries queries per timed round
 * @param viewers distinct viewers the queries come from
 * @param rounds timed rounds per search measurement (after one warm-up round)
 * @param searchThreads searching thread counts to measure
 */
public record BenchSettings(long size, long seed, Path workFolder, List<Integer> buildThreads, int buildRepeats,
    int queries, int viewers, int rounds, List<Integer> searchThreads) {

  public BenchSettings {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1: " + size);
    }
    buildThreads = List.copyOf(buildThreads);
    searchThreads = List.copyOf(searchThreads);
    if (buildThreads.isEmpty() || searchThreads.isEmpty()) {
      throw new IllegalArgumentException("give at least one build and one search thread count");
    }
    if (buildRepeats < 1 || queries < 1 || viewers < 1 || rounds < 1) {
      throw new IllegalArgumentException("repeats, queries, viewers and rounds must be at least 1");
    }
  }
}
