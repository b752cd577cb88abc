/**
 * Readers of real-world export formats. Each turns one source (a folder of files, a MediaWiki
 * export, a Stack Exchange dump, a JSON Lines forum export, a WordPress export, a feed, an mbox)
 * into {@link org.copse.ingest.source.SourceItem}s plus the members and communities it defines.
 * Plain Java: no Spring here.
 */
@NullMarked
package org.copse.ingest.source;

import org.jspecify.annotations.NullMarked;
