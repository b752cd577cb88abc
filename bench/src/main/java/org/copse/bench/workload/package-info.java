/**
 * The benchmark workloads. Each implements {@link org.copse.bench.workload.Workload}; adding one
 * (ingest end to end, digest, application start-up) is a new implementation registered in
 * {@link org.copse.bench.workload.Workloads}.
 */
@NullMarked
package org.copse.bench.workload;

import org.jspecify.annotations.NullMarked;
