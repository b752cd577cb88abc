package org.copse.ingest.source;

import java.util.function.Consumer;

/**
 * One readable source of contributions.
 *
 * <p>Contract: {@link #directory()} may be called before {@link #items}; {@link #items} reads the
 * source afresh on every call and yields items in the same deterministic order each time, so a
 * restarted job can skip what it already committed. Items of one thread (a question and its
 * answers and comments) or one page come together, parents before children. A malformed item is
 * reported to {@code skipped} and left out; a source that cannot be read at all throws
 * {@link SourceException}. The caller closes the cursor.
 */
public interface Source {

  /** A short name for reports, such as {@code stackexchange:beer}. */
  String name();

  /** The members, communities and memberships this source defines. */
  SourceDirectory directory();

  /** Reads the items, reporting malformed ones to {@code skipped}. */
  SourceCursor items(Consumer<SkippedItem> skipped);
}
