/**
 * Inputs for the ingest workload: the real files under {@code /work/shared/data} when present, or
 * small inputs in the same formats generated from the corpus model (seeded), so that the workload and
 * its smoke test run on any machine.
 */
@NullMarked
package org.copse.bench.ingest;

import org.jspecify.annotations.NullMarked;
