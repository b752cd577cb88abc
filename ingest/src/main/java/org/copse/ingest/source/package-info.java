/**
 * Readers of real-world export formats. Each turns one source into {@link
 * org.copse.ingest.source.SourceItem}s plus the members and communities it defines, behind the
 * {@link org.copse.ingest.source.Source} contract; {@link org.copse.ingest.source.Sources} opens one
 * by {@link org.copse.ingest.source.SourceType}.
 *
 * <ul>
 *   <li>{@code mediawiki} — MediaWiki XML exports ({@code wiki:<source>:page:<id>});
 *   <li>{@code stackexchange} — Stack Exchange data dumps ({@code se:<source>:post|comment:<id>});
 *   <li>{@code forum} — Copse's JSON Lines forum format ({@code forum:<source>:thread|post|reply:<id>});
 *   <li>{@code blog} — WordPress WXR ({@code wxr:<source>:post|comment:<id>}) and Atom/RSS feeds
 *       ({@code feed:<source>:entry:<hash>});
 *   <li>{@code mail} — mbox archives ({@code mail:<source>:msg:<hash of Message-ID>});
 *   <li>{@code directory} — directory files of members and communities;
 *   <li>{@code support} — safe XML, decompression, HTML to text, hashes, cursors.
 * </ul>
 *
 * <p>Member ids are {@code member:<kind>:<source>:<id in the source>}, passed through the
 * {@link org.copse.ingest.source.MemberIdMapper} of the options so one person can be one member
 * across sources. Plain Java: no Spring here.
 */
@NullMarked
package org.copse.ingest.source;

import org.jspecify.annotations.NullMarked;
