/**
 * The content model of Copse and the ports every storage technology implements.
 *
 * <p>Nothing here depends on a framework: adapters ({@code org.copse.index.lucene},
 * {@code org.copse.index.elasticsearch}, {@code org.copse.store}) implement the ports, and the
 * services ({@code org.copse.expertise}, {@code org.copse.ingest}, {@code org.copse.web}) use them.
 */
@NullMarked
package org.copse.index;

import org.jspecify.annotations.NullMarked;
