package org.copse.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  @Test
  void rowsShowMediansRangesAndTheRatioToTheBaseline() {
    ResultTable table = new ResultTable("Test", List.of("raw", "copse"));
    table.add(Result.of("search", "plain, 1T p50", "ms", "raw", 1.0, 2.0, 3.0));
    table.add(Result.of("search", "plain, 1T p50", "ms", "copse", 3.0));
    table.fact("machine", "a \"quoted\" one");

    assertThat(table.markdown()).contains("| search | plain, 1T p50 | ms | 2.00 [1.00–3.00] | 3.00 | 1.50× |");
    assertThat(table.json())
        .contains("\"median\": 2.00000, \"min\": 1.00000, \"max\": 3.00000, \"repeats\": 3")
        .contains("{\"workload\": \"search\", \"metric\": \"plain, 1T p50\", \"engine\": \"copse\", \"ratio\": 1.50000}")
        .contains("\"machine\": \"a \\\"quoted\\\" one\"");
  }

  @Test
  void latenciesArePercentilesOfAllThreadsOverTheSharedWallTime() {
    LatencyRecorder a = new LatencyRecorder();
    LatencyRecorder b = new LatencyRecorder();
    for (int i = 1; i <= 100; i++) {
      (i % 2 == 0 ? a : b).record(i * 1_000_000L);
    }
    LatencySummary summary = LatencyRecorder.summarise(2_000_000_000L, a, b);
    assertThat(summary.p50()).isEqualTo(50.0);
    assertThat(summary.p99()).isEqualTo(99.0);
    assertThat(summary.qps()).isEqualTo(50.0);
    assertThat(summary.operations()).isEqualTo(100);
  }
}
