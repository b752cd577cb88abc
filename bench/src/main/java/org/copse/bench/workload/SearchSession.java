package org.copse.bench.workload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copse.bench.corpus.BenchQuery;
import org.copse.bench.engine.Engine;
import org.copse.bench.engine.EngineSearcher;
import org.copse.bench.harness.LatencySummary;
import org.copse.bench.harness.QueryTimer;
import org.copse.bench.harness.Result;

/**
 * Every engine's index open for searching at once, and the timed rounds the query workloads share:
 * in each round every engine runs the whole query set, engines alternating which goes first, so
 * that drift in the machine's load falls on all of them alike.
 */
final class SearchSession implements AutoCloseable {

  /** One timed call on one engine's searcher. */
  @FunctionalInterface
  interface Call {
    void run(EngineSearcher searcher, BenchQuery query) throws IOException;
  }

  private final List<Engine> engines;
  private final List<EngineSearcher> searchers;

  private SearchSession(List<Engine> engines, List<EngineSearcher> searchers) {
    this.engines = engines;
    this.searchers = searchers;
  }

  /** Builds (untimed) what is missing and opens every engine's searcher. */
  static SearchSession open(BenchContext context) throws IOException {
    List<EngineSearcher> searchers = new ArrayList<>();
    try {
      for (Engine engine : context.engines()) {
        context.ensureBuilt(engine);
        searchers.add(engine.open(context.indexFolder(engine)));
      }
    } catch (IOException | RuntimeException e) {
      for (EngineSearcher searcher : searchers) {
        searcher.close();
      }
      throw e;
    }
    return new SearchSession(context.engines(), searchers);
  }

  List<Engine> engines() {
    return engines;
  }

  List<EngineSearcher> searchers() {
    return searchers;
  }

  /** Times {@code rounds} rounds on {@code threads} threads; the summaries of each engine by name. */
  Map<String, List<LatencySummary>> time(int rounds, int threads, List<BenchQuery> queries, Call call) throws IOException {
    Map<String, List<LatencySummary>> byEngine = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < engines.size(); i++) {
        int e = round % 2 == 0 ? i : engines.size() - 1 - i;
        EngineSearcher searcher = searchers.get(e);
        LatencySummary summary = QueryTimer.time(queries, threads, q -> call.run(searcher, q));
        byEngine.computeIfAbsent(engines.get(e).name(), k -> new ArrayList<>()).add(summary);
      }
    }
    return byEngine;
  }

  /** Adds the medians over rounds of QPS and latency percentiles as results. */
  static void report(BenchContext context, String workload, String prefix, Map<String, List<LatencySummary>> rounds) {
    rounds.forEach((engine, summaries) -> {
      add(context, workload, prefix + "QPS", "1/s", engine, summaries.stream().mapToDouble(LatencySummary::qps).toArray());
      add(context, workload, prefix + "p50", "ms", engine, summaries.stream().mapToDouble(LatencySummary::p50).toArray());
      add(context, workload, prefix + "p95", "ms", engine, summaries.stream().mapToDouble(LatencySummary::p95).toArray());
      add(context, workload, prefix + "p99", "ms", engine, summaries.stream().mapToDouble(LatencySummary::p99).toArray());
    });
  }

  private static void add(BenchContext context, String workload, String metric, String unit, String engine,
      double[] values) {
    context.table().add(Result.of(workload, metric, unit, engine, values));
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (EngineSearcher searcher : searchers) {
      try {
        searcher.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
