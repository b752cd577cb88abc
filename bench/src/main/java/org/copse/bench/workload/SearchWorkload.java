package org.copse.bench.workload;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.copse.bench.corpus.BenchQuery;
import org.copse.bench.engine.EngineSearcher;
import org.copse.bench.engine.SearchOutcome;
import org.copse.bench.engine.SearchVariant;
import org.copse.bench.harness.LoadMonitor;

/**
 * Search: for each {@link SearchVariant} and searching thread count, every engine runs the whole
 * query set once untimed (warm-up, and the check that engines agree on hit counts), then
 * {@code rounds} timed rounds, engines alternating which goes first. Reports the medians over rounds
 * of p50, p95 and p99 latency and of queries per second.
 */
public final class SearchWorkload implements Workload {

  @Override
  public String name() {
    return "search";
  }

  @Override
  public void run(BenchContext context) throws IOException {
    List<BenchQuery> queries = context.queries();
    try (SearchSession session = SearchSession.open(context); LoadMonitor load = LoadMonitor.start()) {
      for (SearchVariant variant : SearchVariant.values()) {
        checkAgreement(context, session, variant, queries);
        for (int threads : context.settings().searchThreads()) {
          String prefix = variant.name().toLowerCase(Locale.ROOT) + ", " + threads + "T ";
          SearchSession.report(context, name(), prefix, session.time(context.settings().rounds(), threads, queries,
              (searcher, query) -> searcher.search(query, variant)));
        }
      }
      context.table().fact("search: other processes' CPU",
          String.format("mean %.2f, max %.2f cores", load.meanOtherCores(), load.maxOtherCores()));
    }
  }

  private void checkAgreement(BenchContext context, SearchSession session, SearchVariant variant,
      List<BenchQuery> queries) throws IOException {
    List<EngineSearcher> searchers = session.searchers();
    String baselineName = session.engines().get(0).name();
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
    context.table().fact("search " + variant + ": hits per query (" + baselineName + ")",
        String.format("p50 %d, p90 %d, %.0f%% empty", baseline[baseline.length / 2],
            baseline[(int) (baseline.length * 0.9)], 100.0 * empty / baseline.length));
    for (int e = 1; e < searchers.size(); e++) {
      int same = 0;
      for (int q = 0; q < queries.size(); q++) {
        same += totals[e][q] == totals[0][q] ? 1 : 0;
      }
      context.table().fact("search " + variant + ": same hit count, " + session.engines().get(e).name() + " vs "
          + baselineName, String.format("%.1f%% of %d queries", 100.0 * same / queries.size(), queries.size()));
    }
    if (nonEmptyPages == 0) {
      throw new IllegalStateException("every " + variant + " query came back empty: the harness measured nothing");
    }
    boolean extraWork = variant == SearchVariant.FACETED || variant == SearchVariant.HIGHLIGHTED;
    if (extraWork && facetsOrSnippets == 0) {
      throw new IllegalStateException(variant + " produced no facets or snippets");
    }
  }
}
