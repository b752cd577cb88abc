package org.copse.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowthReportTest {

  @TempDir
  Path folder;

  @Test
  void latencyThatGrowsTenfoldPerTenfoldSizeIsLinear() {
    double b = GrowthReport.exponent(Map.of(10_000L, 1.0, 100_000L, 10.0, 1_000_000L, 100.0), false);
    assertThat(b).isCloseTo(1.0, within(1e-9));
    assertThat(GrowthReport.describe(b)).isEqualTo("linear (n^1.00)");
  }

  @Test
  void rateIsInvertedSoThatAHalvingRateIsAGrowingCost() {
    double b = GrowthReport.exponent(Map.of(1_000L, 400.0, 4_000L, 200.0, 16_000L, 100.0), true);
    assertThat(b).isCloseTo(0.5, within(1e-9));
    assertThat(GrowthReport.describe(b)).isEqualTo("sub-linear (n^0.50)");
  }

  @Test
  void constantCostIsFlatAndOneSizeGivesNoExponent() {
    assertThat(GrowthReport.describe(GrowthReport.exponent(Map.of(10L, 3.0, 100L, 3.0), false))).startsWith("flat");
    assertThat(GrowthReport.exponent(Map.of(10L, 3.0), false)).isNaN();
    assertThat(GrowthReport.describe(Double.NaN)).isEqualTo("–");
  }

  @Test
  void readsResultTablesOfSeveralSizesAndStatesTheGrowth() throws Exception {
    for (long size : List.of(1_000L, 10_000L)) {
      ResultTable table = new ResultTable("t", List.of("raw", "copse"));
      table.add(Result.of("search", "plain, 1T p50", "ms", "copse", size / 1_000.0));
      table.add(Result.of("search", "plain, 1T QPS", "1/s", "copse", 1e6 / size));
      table.add(Result.of("index", "only at one size \"quoted\"", "MB", "raw", size == 1_000 ? 1 : 0));
      table.write(folder, "all-" + size);
    }
    GrowthReport growth = new GrowthReport("contributions")
        .add(1_000, folder.resolve("all-1000.json"))
        .add(10_000, folder.resolve("all-10000.json"));
    growth.write(folder, "growth");

    assertThat(Files.readString(folder.resolve("growth.md")))
        .contains("| search | plain, 1T p50 | copse | ms | 1.00 | 10.0 | linear (n^1.00) |")
        .contains("| search | plain, 1T QPS | copse | 1/s | 1,000 | 100 | linear (n^1.00) |");
    assertThat(Files.readString(folder.resolve("growth.json"))).contains("\"exponent\": 1.000");
  }
}
