package org.copse.bench.workload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copse.bench.corpus.BenchQuery;
import org.copse.bench.engine.Engine;
import org.copse.bench.engine.EngineSearcher;
import org.copse.bench.engine.SearchOutcome;
import org.copse.bench.engine.SearchVariant;
import org.copse.bench.harness.LatencySummary;
import org.copse.bench.harness.LoadMonitor;
import org.copse.bench.harness.QueryTimer;
import org.copse.bench.harness.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search: for each {@link SearchVariant} and searching thread count, every engine runs the whole
 * query set once untimed (warm-up, and the check that engines agree on hit counts), then
 * {@code rounds} timed rounds, engines alternating which goes first. Reports the medians over rounds
 * of p50, p95 and p99 latency and of queries per second.
 */
public final class SearchWorkload implements Workload {
  private static final Logger LOG = LoggerFactory.getLogger(SearchWorkload.class);

  @Override
  public String name() {
    return "search";
  }

  @Override
  public void run(BenchContext context) throws IOException {
    List<BenchQuery> queries = context.queries();
    List<Engine> engines = context.engines();
    for (Engine engine : engines) {
      context.ensureBuilt(engine);
    }
    List<EngineSearcher> searchers = new ArrayList<>();
    try (LoadMonitor load = LoadMonitor.start()) {
      for (Engine engine : engines) {
        searchers.add(engine.open(context.indexFolder(engine)));
      }
      for (SearchVariant variant : SearchVariant.values()) {
        checkAgreement(context, variant, queries, engines, searchers);
        for (int threads : context.settings().searchThreads()) {
          measure(context, variant, threads, queries, engines, searchers);
        }
      }
      context.table().fact("search: other processes' CPU",
          String.format("mean %.2f, max %.2f cores", load.meanOtherCores(), load.maxOtherCores()));
    } finally {
      for (EngineSearcher searcher : searchers) {
        searcher.close();
      }
    }
  }

  private void checkAgreement(BenchContext context, SearchVariant variant, List<BenchQuery> queries,
      List<Engine> engines, List<EngineSearcher> searchers) throws IOException {
    long[][] totals = new long[searchers.size()][queries.size()];
    long nonEmptyPages = 0;
    long facetsOrSnippets = 0;
    for (int e = 0; e < searchers.size(); e++) {
      for (int q = 0; q < queries.size(); q++) {
        SearchOutcome outcome = searchers.get(e).search(queries.get(q), variant);
        totals[e][q] = outcome.totalHits();
        if (e == 0) {
          nonEmptyPages += outcome.ids().isEmpty() ? 0 : 1;
          facetsOrSnippets += outcome.facetValues() + outcome.snippetChars();
        }
      }
    }
    long[] baseline = totals[0].clone();
    Arrays.sort(baseline);
    long empty = Arrays.stream(baseline).filter(t -> t == 0).count();
    context.table().fact("search " + variant + ": hits per query (" + engines.get(0).name() + ")",
        String.format("p50 %d, p90 %d, %.0f%% empty", baseline[baseline.length / 2],
            baseline[(int) (baseline.length * 0.9)], 100.0 * empty / baseline.length));
    for (int e = 1; e < searchers.size(); e++) {
      int same = 0;
      for (int q = 0; q < queries.size(); q++) {
        same += totals[e][q] == totals[0][q] ? 1 : 0;
      }
      context.table().fact("search " + variant + ": same hit count, " + engines.get(e).name() + " vs "
          + engines.get(0).name(), String.format("%.1f%% of %d queries", 100.0 * same / queries.size(), queries.size()));
    }
    if (nonEmptyPages == 0) {
      throw new IllegalStateException("every " + variant + " query came back empty: the harness measured nothing");
    }
    if (variant != SearchVariant.PLAIN && variant != SearchVariant.FILTERED && facetsOrSnippets == 0) {
      throw new IllegalStateException(variant + " produced no facets or snippets");
    }
  }

  private void measure(BenchContext context, SearchVariant variant, int threads, List<BenchQuery> queries,
      List<Engine> engines, List<EngineSearcher> searchers) throws IOException {
    Map<String, List<LatencySummary>> rounds = new LinkedHashMap<>();
    for (int round = 0; round < context.settings().rounds(); round++) {
      for (int i = 0; i < engines.size(); i++) {
        int e = round % 2 == 0 ? i : engines.size() - 1 - i;
        EngineSearcher searcher = searchers.get(e);
        LatencySummary summary = QueryTimer.time(queries, threads, q -> searcher.search(q, variant));
        rounds.computeIfAbsent(engines.get(e).name(), k -> new ArrayList<>()).add(summary);
      }
    }
    String prefix = variant.name().toLowerCase(java.util.Locale.ROOT) + ", " + threads + "T ";
    rounds.forEach((engine, summaries) -> {
      add(context, prefix + "QPS", "1/s", engine, summaries.stream().mapToDouble(LatencySummary::qps).toArray());
      add(context, prefix + "p50", "ms", engine, summaries.stream().mapToDouble(LatencySummary::p50).toArray());
      add(context, prefix + "p95", "ms", engine, summaries.stream().mapToDouble(LatencySummary::p95).toArray());
      add(context, prefix + "p99", "ms", engine, summaries.stream().mapToDouble(LatencySummary::p99).toArray());
      LOG.info("{} {} {} threads: median QPS {}", engine, variant, threads,
          String.format("%.0f", summaries.stream().mapToDouble(LatencySummary::qps).sorted().toArray()[summaries.size() / 2]));
    });
  }

  private void add(BenchContext context, String metric, String unit, String engine, double[] values) {
    context.table().add(Result.of(name(), metric, unit, engine, values));
  }
}
