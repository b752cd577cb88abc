/**
 * Copse's own embedded index, {@code LuceneSearchIndex}, driven through the {@code SearchIndex} port
 * exactly as the application drives it, with its default settings.
 */
@NullMarked
package org.copse.bench.engine.copse;

import org.jspecify.annotations.NullMarked;
