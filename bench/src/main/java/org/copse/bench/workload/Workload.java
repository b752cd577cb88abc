package org.copse.bench.workload;

import java.io.IOException;

/**
 * One benchmark: measures every engine of the context doing the same work in the same run and adds
 * its figures to the context's result table. Implementations say in their javadoc what they time
 * and how often. To add one (ingest end to end, the weekly digest, application start-up), implement
 * this and list it in {@link Workloads}.
 */
public interface Workload {

  /** The command-line name, such as {@code search}. */
  String name();

  /** Runs the workload, building whatever it needs that the context lacks (untimed). */
  void run(BenchContext context) throws IOException;
}
