/** Reads Stack Exchange data-dump folders: questions, answers and comments, threaded. */
@NullMarked
package org.copse.ingest.source.stackexchange;

import org.jspecify.annotations.NullMarked;
