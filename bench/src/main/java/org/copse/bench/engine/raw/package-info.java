/**
 * The ceiling: a hand-tuned, framework-free Lucene program that does the same work as Copse (same
 * analysis, same fields, same required words, same access rule) as fast as we know how, following
 * {@code LUCENE-CEILING.md}: fresh-index appends, a 256 MB buffer without compound files, exact hit
 * counts, access checked from a numeric doc value per hit, facets counted from doc values in the
 * same pass, and the query cache off.
 */
@NullMarked
package org.copse.bench.engine.raw;

import org.jspecify.annotations.NullMarked;
