package org.copse.bench.workload;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a benchmark run is set up.
 *
 * @param size contributions in the corpus
 * @param seed the seed of corpus, queries and digest members
 * @param workFolder where the corpus file and indexes go (several GB at a million)
 * @param buildThreads indexing thread counts to measure builds with; the last one's index is searched
 * @param buildRepeats builds per engine and thread count
 * @param queries queries per timed round
 * @param viewers distinct viewers the queries come from
 * @param rounds timed rounds per search measurement (after one warm-up round)
 * @param searchThreads searching thread counts to measure
 * @param elastic whether Copse on Elasticsearch (a node the bench starts) runs beside the Lucene engines
 * @param digestMembers members in the directory the digest workload builds digests for
 * @param digestsPerRound digests built per timed round (a seeded sample of the members)
 * @param ingestData the folder of real ingest inputs ({@code /work/shared/data}), or null to ingest
 *     small generated inputs
 * @param enrich whether ingest runs CoreNLP enrichment
 * @param ingestItems when positive, ingest generated inputs of about this many items (in the three
 *     formats) instead of the real ones, to see how ingest cost grows
 * @param appJar the executable application jar to time start-up of, or null for the one the bench
 *     build copies to {@code bench/target/app/copse.jar}
 */
public record BenchSettings(long size, long seed, Path workFolder, List<Integer> buildThreads, int buildRepeats,
    int queries, int viewers, int rounds, List<Integer> searchThreads, boolean elastic, int digestMembers,
    int digestsPerRound, @Nullable Path ingestData, boolean enrich, int ingestItems, @Nullable Path appJar) {

  /** Members in the digest workload's directory unless told otherwise. */
  public static final int DEFAULT_DIGEST_MEMBERS = 50_000;
  /** Digests per timed round unless told otherwise. */
  public static final int DEFAULT_DIGESTS_PER_ROUND = 1_000;

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
    if (digestMembers < 1 || digestsPerRound < 1) {
      throw new IllegalArgumentException("digest members and digests per round must be at least 1");
    }
    if (ingestItems < 0) {
      throw new IllegalArgumentException("generated ingest items cannot be negative: " + ingestItems);
    }
  }

  /** The settings of the original workloads, with Elasticsearch off, default digests and generated ingest inputs. */
  public BenchSettings(long size, long seed, Path workFolder, List<Integer> buildThreads, int buildRepeats,
      int queries, int viewers, int rounds, List<Integer> searchThreads) {
    this(size, seed, workFolder, buildThreads, buildRepeats, queries, viewers, rounds, searchThreads, false,
        DEFAULT_DIGEST_MEMBERS, DEFAULT_DIGESTS_PER_ROUND, null, false, 0, null);
  }

  public BenchSettings withElastic(boolean on) {
    return new BenchSettings(size, seed, workFolder, buildThreads, buildRepeats, queries, viewers, rounds,
        searchThreads, on, digestMembers, digestsPerRound, ingestData, enrich, ingestItems, appJar);
  }

  public BenchSettings withDigest(int members, int perRound) {
    return new BenchSettings(size, seed, workFolder, buildThreads, buildRepeats, queries, viewers, rounds,
        searchThreads, elastic, members, perRound, ingestData, enrich, ingestItems, appJar);
  }

  public BenchSettings withIngest(@Nullable Path data, boolean enrichment) {
    return new BenchSettings(size, seed, workFolder, buildThreads, buildRepeats, queries, viewers, rounds,
        searchThreads, elastic, digestMembers, digestsPerRound, data, enrichment, ingestItems, appJar);
  }

  /** Ingest generated inputs of about {@code items} items instead of the real ones (0: the real ones). */
  public BenchSettings withGeneratedIngest(int items) {
    return new BenchSettings(size, seed, workFolder, buildThreads, buildRepeats, queries, viewers, rounds,
        searchThreads, elastic, digestMembers, digestsPerRound, ingestData, enrich, items, appJar);
  }

  public BenchSettings withAppJar(@Nullable Path jar) {
    return new BenchSettings(size, seed, workFolder, buildThreads, buildRepeats, queries, viewers, rounds,
        searchThreads, elastic, digestMembers, digestsPerRound, ingestData, enrich, ingestItems, jar);
  }
}
