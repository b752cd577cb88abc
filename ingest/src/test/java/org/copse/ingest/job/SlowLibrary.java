package org.copse.ingest.job;

import java.util.function.Consumer;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceDirectory;
import org.copse.ingest.source.SourceItem;

/**
 * A library source that takes {@code delayMs} (option, default 40) per item, so that a test can
 * kill the process that runs it part way through.
 */
final class SlowLibrary implements Source {
  private final Source library;
  private final long delayMillis;

  private SlowLibrary(Source library, long delayMillis) {
    this.library = library;
    this.delayMillis = delayMillis;
  }

  static Source open(IngestRequest request) {
    return new SlowLibrary(new SourceCatalog().open(new IngestRequest(SourceCatalog.LIBRARY, request.path(),
        request.communityId(), request.options())), Long.parseLong(request.option("delayMs", "40")));
  }

  @Override
  public String name() {
    return library.name();
  }

  @Override
  public SourceDirectory directory() {
    return library.directory();
  }

  @Override
  public SourceCursor items(Consumer<SkippedItem> skipped) {
    SourceCursor items = library.items(skipped);
    return new SourceCursor() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public SourceItem next() {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return items.next();
      }

      @Override
      public void close() {
        items.close();
      }
    };
  }
}
