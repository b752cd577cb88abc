package org.copse.ingest.source.support;

import java.util.NoSuchElementException;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceItem;
import org.jspecify.annotations.Nullable;

/** A cursor that computes its next item on demand; subclasses say how and what to close. */
public abstract class LookaheadCursor implements SourceCursor {
  private @Nullable SourceItem next;
  private boolean done;

  /** The next item, or null at the end. */
  protected abstract @Nullable SourceItem computeNext();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = computeNext();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public final SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem item = next;
    next = null;
    return item;
  }
}
