package org.copse.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.copse.index.FacetCount;
import org.copse.index.FacetResult;
import org.copse.index.SearchField;

/**
 * Counts every matching document, and the values of the requested facet fields, straight from doc
 * values in the same pass as the search: exact totals however selective the filters are.
 * Per segment, counts are kept by ordinal and turned into values when the segment is done.
 */
final class FacetCounter implements Collector {

  private static final Comparator<Map.Entry<String, Long>> MOST_FIRST =
      Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

  private final List<SearchField> fields;
  private final List<Map<String, Long>> totals = new ArrayList<>();
  private final int denseLimit;
  private long hits;

  FacetCounter(Set<SearchField> requested) {
    this(requested, OrdinalCounts.DENSE_LIMIT);
  }

  /** With the number of distinct values above which a segment's counts are kept in a map. */
  FacetCounter(Set<SearchField> requested, int denseLimit) {
    this.denseLimit = denseLimit;
    this.fields = requested.stream().sorted().toList();
    fields.forEach(f -> totals.add(new HashMap<>()));
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    int n = fields.size();
    SortedSetDocValues[] values = new SortedSetDocValues[n];
    OrdinalCounts[] counts = new OrdinalCounts[n];
    for (int i = 0; i < n; i++) {
      values[i] = DocValues.getSortedSet(context.reader(), Fields.facet(fields.get(i)));
      counts[i] = OrdinalCounts.forValues(values[i].getValueCount(), denseLimit);
    }
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        hits++;
        for (int i = 0; i < n; i++) {
          SortedSetDocValues dv = values[i];
          if (dv.advanceExact(doc)) {
            for (int k = dv.docValueCount(); k > 0; k--) {
              counts[i].increment(dv.nextOrd());
            }
          }
        }
      }

      @Override
      public void finish() throws IOException {
        for (int i = 0; i < n; i++) {
          Map<String, Long> total = totals.get(i);
          SortedSetDocValues dv = values[i];
          counts[i].forEach((ord, count) -> total.merge(dv.lookupOrd(ord).utf8ToString(), count, Long::sum));
        }
      }
    };
  }

  /**
   * Counts per ordinal of one segment: an array where the field has few distinct values, a map
   * where it has many (authors, entities), so a selective query does not allocate per value.
   */
  private abstract static class OrdinalCounts {
    static final int DENSE_LIMIT = 1 << 14;

    static OrdinalCounts forValues(long valueCount, int denseLimit) {
      return valueCount <= denseLimit ? new Dense((int) valueCount) : new Sparse();
    }

    abstract void increment(long ord);

    abstract void forEach(OrdinalVisitor visitor) throws IOException;

    private static final class Dense extends OrdinalCounts {
      private final int[] counts;

      Dense(int size) {
        counts = new int[size];
      }

      @Override
      void increment(long ord) {
        counts[(int) ord]++;
      }

      @Override
      void forEach(OrdinalVisitor visitor) throws IOException {
        for (int ord = 0; ord < counts.length; ord++) {
          if (counts[ord] > 0) {
            visitor.visit(ord, counts[ord]);
          }
        }
      }
    }

    private static final class Sparse extends OrdinalCounts {
      private final Map<Long, Long> counts = new HashMap<>();

      @Override
      void increment(long ord) {
        counts.merge(ord, 1L, Long::sum);
      }

      @Override
      void forEach(OrdinalVisitor visitor) throws IOException {
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
          visitor.visit(e.getKey(), e.getValue());
        }
      }
    }
  }

  private interface OrdinalVisitor {
    void visit(long ord, long count) throws IOException;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** Every matching document, exactly. */
  long totalHits() {
    return hits;
  }

  /** The requested facets in {@link SearchField} order, most frequent values first. */
  List<FacetResult> facets(int limit) {
    List<FacetResult> results = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      List<FacetCount> top = totals.get(i).entrySet().stream()
          .sorted(MOST_FIRST)
          .limit(limit)
          .map(e -> new FacetCount(e.getKey(), e.getValue()))
          .toList();
      results.add(new FacetResult(fields.get(i), top));
    }
    return results;
  }
}
