/**
 * Benchmarks that show where Copse stands against the limit: every workload runs a hand-tuned
 * raw-Lucene baseline doing the same work in the same run as Copse, and reports the ratio.
 * {@link org.copse.bench.Bench} is the command line.
 */
@NullMarked
package org.copse.bench;

import org.jspecify.annotations.NullMarked;
