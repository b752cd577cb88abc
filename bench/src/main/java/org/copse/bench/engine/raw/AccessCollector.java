package org.copse.bench.engine.raw;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * Passes on only hits whose community the viewer may read: one doc-value read and one array lookup
 * per hit, so the access rule costs the same whatever the number of readable communities.
 */
final class AccessCollector extends FilterCollector {
  private final boolean[] readable;

  AccessCollector(Collector in, boolean[] readable) {
    super(in);
    this.readable = readable;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    NumericDocValues community = context.reader().getNumericDocValues(RawSchema.COMMUNITY_NUMBER);
    LeafCollector leaf = super.getLeafCollector(context);
    return new FilterLeafCollector(leaf) {
      @Override
      public void collect(int doc) throws IOException {
        if (community != null && community.advanceExact(doc) && readable[(int) community.longValue()]) {
          in.collect(doc);
        }
      }
    };
  }
}
