/**
 * The engines the benchmarks put side by side. {@link org.copse.bench.engine.Engine} is the extension
 * point: the hand-tuned raw-Lucene baseline and Copse's {@code LuceneSearchIndex} implement it today;
 * Copse on Elasticsearch or a plain Elasticsearch baseline would be further implementations.
 */
@NullMarked
package org.copse.bench.engine;

import org.jspecify.annotations.NullMarked;
