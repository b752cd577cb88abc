/**
 * The query syntax people type, parsed into a small tree that every index adapter translates into
 * its own query language, so that both adapters answer the same question the same way.
 */
@NullMarked
package org.copse.index.query;

import org.jspecify.annotations.NullMarked;
