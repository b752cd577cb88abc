package org.copse.ingest.source.support;

import java.util.Iterator;
import java.util.List;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceItem;

/** A cursor over items already in memory, holding nothing open. */
public final class ListCursor implements SourceCursor {
  private final Iterator<SourceItem> items;

  public ListCursor(List<SourceItem> items) {
    this.items = List.copyOf(items).iterator();
  }

  @Override
  public boolean hasNext() {
    return items.hasNext();
  }

  @Override
  public SourceItem next() {
    return items.next();
  }

  @Override
  public void close() {
    // nothing held open
  }
}
