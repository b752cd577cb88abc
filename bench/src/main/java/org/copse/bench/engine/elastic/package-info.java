/**
 * Copse's {@code ElasticsearchSearchIndex} against a single local Elasticsearch node that the bench
 * starts itself from the Maven Central distribution (with Copse's analysis plugin), driven through
 * the {@code SearchIndex} port exactly as the Lucene engine is.
 */
@NullMarked
package org.copse.bench.engine.elastic;

import org.jspecify.annotations.NullMarked;
