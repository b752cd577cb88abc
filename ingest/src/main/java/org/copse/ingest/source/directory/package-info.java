/** Reads directory files that define members, communities and memberships. */
@NullMarked
package org.copse.ingest.source.directory;

import org.jspecify.annotations.NullMarked;
