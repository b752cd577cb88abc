package org.copse.bench.workload;

import java.io.IOException;
import java.util.List;
import org.copse.bench.corpus.BenchQuery;
import org.copse.bench.engine.Engine;
import org.copse.bench.engine.EngineSearcher;
import org.copse.bench.engine.SearchVariant;
import org.copse.bench.harness.HeapProbe;
import org.copse.bench.harness.Result;

/**
 * Memory: each engine's index size on disk per million contributions, and the live heap its open
 * searcher holds after answering every query once in every variant (heap after a full collection,
 * with the searcher open, minus the same before opening it). Peak heap while building is reported
 * by the index workload, which is where it is measured.
 */
public final class MemoryWorkload implements Workload {

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public void run(BenchContext context) throws IOException {
    List<BenchQuery> queries = context.queries();
    double millions = context.settings().size() / 1e6;
    for (Engine engine : context.engines()) {
      context.ensureBuilt(engine);
      long disk = engine.indexBytes(context.indexFolder(engine));
      context.table().add(Result.of(name(), "index on disk per million contributions", "MB", engine.name(),
          disk / 1e6 / millions));
      long before = HeapProbe.liveBytes();
      try (EngineSearcher searcher = engine.open(context.indexFolder(engine))) {
        for (SearchVariant variant : SearchVariant.values()) {
          for (BenchQuery query : queries) {
            searcher.search(query, variant);
          }
        }
        for (BenchQuery query : queries) {
          searcher.experts(query);
        }
        long after = HeapProbe.liveBytes();
        if (!engine.inProcess()) {
          continue;
        }
        context.table().add(Result.of(name(), "live heap of an open, warmed searcher", "MB", engine.name(),
            Math.max(0, after - before) / 1e6));
      }
    }
  }
}
