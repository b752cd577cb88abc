package org.copse.bench.workload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copse.bench.corpus.BenchQuery;
import org.copse.bench.engine.EngineSearcher;
import org.copse.bench.engine.ExpertOutcome;
import org.copse.bench.harness.LoadMonitor;

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
    try (SearchSession session = SearchSession.open(context); LoadMonitor load = LoadMonitor.start()) {
      compare(context, session, queries);
      for (int threads : context.settings().searchThreads()) {
        String prefix = "top " + ExpertOutcome.DEPTH + " → " + ExpertOutcome.EXPERTS + " experts, " + threads + "T ";
        SearchSession.report(context, name(), prefix,
            session.time(context.settings().rounds(), threads, queries, EngineSearcher::experts));
      }
      context.table().fact("experts: other processes' CPU",
          String.format("mean %.2f, max %.2f cores", load.meanOtherCores(), load.maxOtherCores()));
    }
  }

  private void compare(BenchContext context, SearchSession session, List<BenchQuery> queries) throws IOException {
    List<List<ExpertOutcome>> outcomes = new ArrayList<>();
    for (EngineSearcher searcher : session.searchers()) {
      List<ExpertOutcome> answers = new ArrayList<>();
      for (BenchQuery query : queries) {
        answers.add(searcher.experts(query));
      }
      outcomes.add(answers);
    }
    if (outcomes.get(0).stream().allMatch(o -> o.authorIds().isEmpty())) {
      throw new IllegalStateException("no query found any expert: the harness measured nothing");
    }
    String baselineName = session.engines().get(0).name();
    double evidence = outcomes.get(0).stream().mapToInt(ExpertOutcome::evidence).average().orElse(0);
    context.table().fact("experts: evidence per query (" + baselineName + ")", String.format("mean %.0f contributions", evidence));
    for (int e = 1; e < outcomes.size(); e++) {
      double overlap = 0;
      for (int q = 0; q < queries.size(); q++) {
        overlap += overlap(outcomes.get(0).get(q).authorIds(), outcomes.get(e).get(q).authorIds());
      }
      context.table().fact("experts: top-" + ExpertOutcome.EXPERTS + " overlap, " + session.engines().get(e).name()
          + " vs " + baselineName, String.format("%.1f%%", 100 * overlap / queries.size()));
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
}
