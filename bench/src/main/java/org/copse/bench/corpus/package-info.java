/**
 * The synthetic, seeded corpus and query set the benchmarks run on: a deterministic generator of
 * contributions, a compact on-disk form that both engines read, and viewers' queries aimed at chosen
 * document frequencies.
 */
@NullMarked
package org.copse.bench.corpus;

import org.jspecify.annotations.NullMarked;
