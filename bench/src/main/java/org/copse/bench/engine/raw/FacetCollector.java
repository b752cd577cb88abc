package org.copse.bench.engine.raw;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.jspecify.annotations.Nullable;

/** Counts community and kind of every collected hit from numeric doc values, in the search's own pass. */
final class FacetCollector extends SimpleCollector {
  private final int[] communities;
  private final int[] kinds;
  private @Nullable NumericDocValues community;
  private @Nullable NumericDocValues kind;

  FacetCollector(int communityCount, int kindCount) {
    this.communities = new int[communityCount];
    this.kinds = new int[kindCount];
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    community = context.reader().getNumericDocValues(RawSchema.COMMUNITY_NUMBER);
    kind = context.reader().getNumericDocValues(RawSchema.KIND_NUMBER);
  }

  @Override
  public void setScorer(Scorable scorer) {
    // counts need no scores
  }

  @Override
  public void collect(int doc) throws IOException {
    if (community != null && community.advanceExact(doc)) {
      communities[(int) community.longValue()]++;
    }
    if (kind != null && kind.advanceExact(doc)) {
      kinds[(int) kind.longValue()]++;
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  List<String> topCommunities(int limit, IntFunction<String> name) {
    return top(communities, limit, name);
  }

  List<String> topKinds(int limit, IntFunction<String> name) {
    return top(kinds, limit, name);
  }

  private static List<String> top(int[] counts, int limit, IntFunction<String> name) {
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        present.add(i);
      }
    }
    present.sort(Comparator.<Integer>comparingInt(i -> -counts[i]).thenComparing(name::apply));
    return present.stream().limit(limit).map(name::apply).toList();
  }

}
