package org.copse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copse.bench.harness.Result;
import org.copse.bench.harness.ResultTable;
import org.copse.bench.workload.BenchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every workload on a tiny corpus so that the harness stays alive: it must produce sane,
 * non-empty results for both Lucene engines, digests with content, every generated ingest input
 * through the real pipeline, and an application that starts. No timing is asserted; timings come
 * from real runs only. Copse on Elasticsearch is covered by {@code BenchElasticIT}, which starts a
 * server.
 */
class BenchSmokeTest {

  private static final long SEED = 42;

  @TempDir
  Path work;

  @Test
  void allWorkloadsProduceResultsForBothEnginesAndAgreeOnHits() throws Exception {
    BenchSettings settings = new BenchSettings(2_000, SEED, work.resolve("work"), List.of(2), 1, 40, 40, 1, List.of(1, 2))
        .withDigest(500, 100)
        .withIngest(null, false);

    ResultTable table = Bench.run(settings, "all");
    table.write(work.resolve("out"), "all-2000");

    List<Result> results = table.results();
    assertThat(results).extracting(Result::workload)
        .contains("index", "search", "experts", "memory", "digest", "ingest", "startup");
    assertThat(results).extracting(Result::engine).contains("raw-lucene", "copse-lucene");
    assertThat(results).allSatisfy(r -> assertThat(r.median()).as("seed %d: %s", SEED, r).isFinite().isNotNegative());
    for (String engine : List.of("raw-lucene", "copse-lucene")) {
      assertThat(table.find("index", "2 threads: contributions/s", engine)).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
      assertThat(table.find("search", "filtered, 2T QPS", engine)).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
      assertThat(table.find("experts", "top 1000 → 20 experts, 1T p50", engine)).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
      assertThat(table.find("memory", "index on disk per million contributions", engine)).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
    }
    // both engines did the same work: the same number of hits for every plain query
    assertThat(table.facts()).containsEntry("search PLAIN: same hit count, copse-lucene vs raw-lucene", "100.0% of 40 queries");
    assertThat(Files.readString(work.resolve("out/all-2000.md"))).contains("| search | plain, 1T p50 | ms |", "copse-lucene / raw-lucene");
    assertThat(Files.readString(work.resolve("out/all-2000.json"))).contains("\"ratios\": [", "\"engine\": \"copse-lucene\"");

    assertThat(table.find("digest", "1T digests/s", "copse-lucene")).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
    assertThat(table.find("digest", "2T p99 per digest", "copse-lucene")).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
    assertThat(table.facts().get("digest: week and sample")).contains("100 members digested per round").doesNotContain(" 0% of digests non-empty");
    for (String input : List.of("generated-library", "generated-stackexchange", "generated-mediawiki")) {
      assertThat(table.find("ingest", input + ": items indexed", "copse-lucene")).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
      assertThat(table.find("ingest", input + ": end to end", "copse-lucene")).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
      assertThat(table.find("ingest", input + ": index (store + Lucene), per thread", "copse-lucene")).isPresent();
    }
    assertThat(table.find("ingest", "generated-library: read + extract (Tika), per thread", "copse-lucene")).isPresent();
    for (String startup : List.of("JVM start until /actuator/health is UP",
        "first start on the corpus: migrations, graph built from the store", "restart on the corpus: graph read from its file",
        "corpus data directory: database")) {
      assertThat(table.find("startup", startup, "copse-lucene")).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
    }
  }
}
