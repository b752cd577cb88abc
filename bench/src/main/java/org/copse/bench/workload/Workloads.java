package org.copse.bench.workload;

import java.util.List;
import java.util.Optional;

/** The workloads {@code Bench all} runs, in order: later ones reuse what earlier ones built. */
public final class Workloads {
  private Workloads() {}

  public static List<Workload> all() {
    return List.of(new IndexBuildWorkload(), new SearchWorkload(), new ExpertWorkload(), new MemoryWorkload(),
        new DigestWorkload(), new IngestWorkload(), new StartupWorkload());
  }

  public static Optional<Workload> named(String name) {
    return all().stream().filter(w -> w.name().equals(name)).findFirst();
  }
}
