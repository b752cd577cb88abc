package org.copse.ingest.source;

import java.util.Iterator;

/** Items being read from a source; closing it releases the files it holds open. */
public interface SourceCursor extends Iterator<SourceItem>, AutoCloseable {
  /** Releases the underlying files; throws {@link SourceException} if that fails. */
  @Override
  void close();
}
