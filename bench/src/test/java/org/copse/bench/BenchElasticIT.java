package org.copse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.copse.bench.harness.Result;
import org.copse.bench.harness.ResultTable;
import org.copse.bench.workload.BenchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine workloads with Copse on Elasticsearch beside the Lucene engines, on a tiny corpus and a
 * real node the bench starts from the distribution zip (failsafe passes its location). Asserts that
 * the Elasticsearch column is filled and that it finds exactly the hits the baseline finds; never
 * timings.
 */
class BenchElasticIT {

  private static final long SEED = 42;

  @TempDir
  Path work;

  @Test
  void copseOnElasticsearchAnswersTheSameQueriesWithTheSameHitCounts() throws Exception {
    BenchSettings settings = new BenchSettings(2_000, SEED, work.resolve("work"), List.of(2), 1, 40, 40, 1, List.of(1, 2))
        .withElastic(true);

    ResultTable table = Bench.run(settings, "index,search,experts,memory");

    assertThat(table.results()).extracting(Result::engine).contains("raw-lucene", "copse-lucene", "copse-elastic");
    assertThat(table.results()).allSatisfy(r -> assertThat(r.median()).as("seed %d: %s", SEED, r).isFinite().isNotNegative());
    assertThat(table.find("index", "2 threads: contributions/s", "copse-elastic")).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
    assertThat(table.find("index", "2 threads: index size", "copse-elastic")).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
    assertThat(table.find("search", "faceted, 1T QPS", "copse-elastic")).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
    assertThat(table.find("experts", "top 1000 → 20 experts, 2T p50", "copse-elastic")).hasValueSatisfying(r -> assertThat(r.median()).isPositive());
    assertThat(table.find("memory", "index on disk per million contributions", "copse-elastic")).isPresent();
    for (String variant : List.of("PLAIN", "FILTERED", "FACETED", "HIGHLIGHTED")) {
      assertThat(table.facts()).containsEntry("search " + variant + ": same hit count, copse-elastic vs raw-lucene",
          "100.0% of 40 queries");
    }
    assertThat(table.facts().get("copse-elastic")).contains("Elasticsearch", "1 shard");
    assertThat(table.markdown()).contains("copse-elastic / raw-lucene");
  }
}
