package org.copse.ingest.job;

import java.util.function.Consumer;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceItem;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a source's items in its deterministic order. Its state is the number of items handed out,
 * saved in the step's execution context with each chunk; on restart it reads the source afresh and
 * passes over that many, so each item is processed once after the last committed chunk.
 */
final class SourceItemReader implements ItemStreamReader<SourceItem> {
  static final String READ_KEY = "source.read";

  private final Source source;
  private final Consumer<SkippedItem> skipped;
  private @Nullable SourceCursor cursor;
  private long read;

  SourceItemReader(Source source, Consumer<SkippedItem> skipped) {
    this.source = source;
    this.skipped = skipped;
  }

  @Override
  public void open(ExecutionContext context) {
    cursor = source.items(skipped);
    long done = context.getLong(READ_KEY, 0L);
    while (read < done && cursor.hasNext()) {
      cursor.next();
      read++;
    }
  }

  @Override
  public @Nullable SourceItem read() {
    SourceCursor items = cursor;
    if (items == null || !items.hasNext()) {
      return null;
    }
    read++;
    return items.next();
  }

  @Override
  public void update(ExecutionContext context) {
    context.putLong(READ_KEY, read);
  }

  @Override
  public void close() {
    SourceCursor items = cursor;
    cursor = null;
    if (items != null) {
      items.close();
    }
  }
}
