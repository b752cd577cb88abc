package org.copse.bench.workload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.bench.corpus.BenchQuery;
import org.copse.bench.engine.Engine;
import org.copse.bench.engine.EngineSearcher;
import org.copse.bench.engine.ExpertOutcome;
import org.copse.bench.harness.LatencySummary;
import org.copse.bench.harness.LoadMonitor;
import org.copse.bench.harness.QueryTimer;
import org.copse.bench.harness.Result;

/**
 * Expert aggregation: the {@value ExpertOutcome#DEPTH} most relevant contributions a viewer may
 * read for a topic (the query's words, no community filter), relevance summed per contributor, top
 * {@value ExpertOutcome#EXPERTS}. One untimed pass (warm-up, and the overlap of the engines' top
 * experts), then timed rounds as for search.
 */
public final class ExpertWorkload implements Workload {

  @Override
  public String name() {
    return "experts";
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
      compare(context, queries, engines, searchers);
      for (int threads : context.settings().searchThreads()) {
        Map<String, List<LatencySummary>> rounds = new LinkedHashMap<>();
        for (int round = 0; round < context.settings().rounds(); round++) {
          for (int i = 0; i < engines.size(); i++) {
            int e = round % 2 == 0 ? i : engines.size() - 1 - i;
            EngineSearcher searcher = searchers.get(e);
            rounds.computeIfAbsent(engines.get(e).name(), k -> new ArrayList<>())
                .add(QueryTimer.time(queries, threads, searcher::experts));
          }
        }
        String prefix = "top " + ExpertOutcome.DEPTH + " → " + ExpertOutcome.EXPERTS + " experts, " + threads + "T ";
        rounds.forEach((engine, summaries) -> {
          add(context, prefix + "QPS", "1/s", engine, summaries.stream().mapToDouble(LatencySummary::qps).toArray());
          add(context, prefix + "p50", "ms", engine, summaries.stream().mapToDouble(LatencySummary::p50).toArray());
          add(context, prefix + "p99", "ms", engine, summaries.stream().mapToDouble(LatencySummary::p99).toArray());
        });
      }
      context.table().fact("experts: other processes' CPU",
          String.format("mean %.2f, max %.2f cores", load.meanOtherCores(), load.maxOtherCores()));
    } finally {
      for (EngineSearcher searcher : searchers) {
        searcher.close();
      }
    }
  }

  private void compare(BenchContext context, List<BenchQuery> queries, List<Engine> engines,
      List<EngineSearcher> searchers) throws IOException {
    List<List<ExpertOutcome>> outcomes = new ArrayList<>();
    for (EngineSearcher searcher : searchers) {
      List<ExpertOutcome> answers = new ArrayList<>();
      for (BenchQuery query : queries) {
        answers.add(searcher.experts(query));
      }
      outcomes.add(answers);
    }
    double evidence = outcomes.get(0).stream().mapToInt(ExpertOutcome::evidence).average().orElse(0);
    if (outcomes.get(0).stream().allMatch(o -> o.authorIds().isEmpty())) {
      throw new IllegalStateException("no query found any expert: the harness measured nothing");
    }
    context.table().fact("experts: evidence per query (" + engines.get(0).name() + ")",
        String.format("mean %.0f contributions", evidence));
    for (int e = 1; e < engines.size(); e++) {
      double overlap = 0;
      for (int q = 0; q < queries.size(); q++) {
        overlap += overlap(outcomes.get(0).get(q).authorIds(), outcomes.get(e).get(q).authorIds());
      }
      context.table().fact("experts: top-" + ExpertOutcome.EXPERTS + " overlap, " + engines.get(e).name()
          + " vs " + engines.get(0).name(), String.format("%.1f%%", 100 * overlap / queries.size()));
    }
  }

  private static double overlap(List<String> a, List<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(new HashSet<>(b));
    return (double) common.size() / Math.max(a.size(), b.size());
  }

  private void add(BenchContext context, String metric, String unit, String engine, double[] values) {
    context.table().add(Result.of(name(), metric, unit, engine, values));
  }
}
