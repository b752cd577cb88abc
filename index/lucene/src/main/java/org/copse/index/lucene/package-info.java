/**
 * The default {@link org.copse.index.SearchIndex}: embedded Lucene on a local directory.
 *
 * <p>{@link org.copse.index.lucene.LuceneSearchIndex} is the entry point; the other classes are its
 * parts (analysis, document mapping, query translation, access filtering, facets, snippets,
 * spelling, suggestions and similar items) and are package-private.
 */
@NullMarked
package org.copse.index.lucene;

import org.jspecify.annotations.NullMarked;
