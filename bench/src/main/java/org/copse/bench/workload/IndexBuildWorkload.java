package org.copse.bench.workload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copse.bench.corpus.CorpusFile;
import org.copse.bench.engine.Engine;
import org.copse.bench.harness.HeapProbe;
import org.copse.bench.harness.LoadMonitor;
import org.copse.bench.harness.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index build: every engine indexes the whole corpus file into an empty folder, timed until the
 * last contribution is durable (committed and closed). Repeated {@code buildRepeats} times per
 * thread count, engines alternating which goes first. Reports contributions/s, MB/s of title and
 * body text, the peak heap after garbage collection during the build, and the index size.
 */
public final class IndexBuildWorkload implements Workload {
  private static final Logger LOG = LoggerFactory.getLogger(IndexBuildWorkload.class);

  @Override
  public String name() {
    return "index";
  }

  @Override
  public void run(BenchContext context) throws IOException {
    CorpusFile corpus = context.corpus();
    BenchSettings settings = context.settings();
    for (int threads : settings.buildThreads()) {
      Map<String, List<double[]>> samples = new LinkedHashMap<>();
      try (LoadMonitor load = LoadMonitor.start()) {
        for (int repeat = 0; repeat < settings.buildRepeats(); repeat++) {
          List<Engine> order = new ArrayList<>(context.engines());
          if (repeat % 2 == 1) {
            java.util.Collections.reverse(order);
          }
          for (Engine engine : order) {
            samples.computeIfAbsent(engine.name(), k -> new ArrayList<>()).add(build(context, engine, corpus, threads));
          }
        }
        context.table().fact("index build, " + threads + " thread(s): other processes' CPU",
            String.format("mean %.2f, max %.2f cores", load.meanOtherCores(), load.maxOtherCores()));
      }
      String prefix = threads + " thread" + (threads == 1 ? "" : "s") + ": ";
      samples.forEach((engine, runs) -> {
        add(context, prefix + "contributions/s", "1/s", engine, runs, 0);
        add(context, prefix + "text MB/s", "MB/s", engine, runs, 1);
        if (byName(context, engine).inProcess()) {
          add(context, prefix + "peak heap after GC", "MB", engine, runs, 2);
        }
        add(context, prefix + "index size", "MB", engine, runs, 3);
      });
    }
  }

  private double[] build(BenchContext context, Engine engine, CorpusFile corpus, int threads) throws IOException {
    context.clearIndex(engine);
    HeapProbe.liveBytes();
    double seconds;
    long peak;
    try (HeapProbe probe = HeapProbe.start()) {
      long start = System.nanoTime();
      engine.build(context.indexFolder(engine), corpus, threads);
      seconds = (System.nanoTime() - start) / 1e9;
      peak = probe.peakBytes();
    }
    context.markBuilt(engine);
    long bytes = engine.indexBytes(context.indexFolder(engine));
    LOG.info("{} built {} contributions with {} thread(s) in {} s ({} /s), index {} MB", engine.name(),
        corpus.size(), threads, String.format("%.1f", seconds), Math.round(corpus.size() / seconds), bytes / 1_000_000);
    return new double[] {corpus.size() / seconds, corpus.textBytes() / 1e6 / seconds, peak / 1e6, bytes / 1e6};
  }

  private static Engine byName(BenchContext context, String name) {
    return context.engines().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  private void add(BenchContext context, String metric, String unit, String engine, List<double[]> runs, int column) {
    double[] values = runs.stream().mapToDouble(r -> r[column]).toArray();
    context.table().add(Result.of(name(), metric, unit, engine, values));
  }
}
