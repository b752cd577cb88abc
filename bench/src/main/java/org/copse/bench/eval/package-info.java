/** By-hand runners for quality evaluations on real data (not run by the build). */
@NullMarked
package org.copse.bench.eval;

import org.jspecify.annotations.NullMarked;
