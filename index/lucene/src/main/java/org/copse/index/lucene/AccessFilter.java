package org.copse.index.lucene;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * Which documents of a segment a scope may read, as a bit set built once per segment and scope and
 * kept until the segment is closed: faster than matching the community terms on every query.
 *
 * <p>A segment's documents never change community (an update is a delete plus a new document in
 * a new segment), so a cached set stays right; deleted documents may still be set in it, so every
 * use also checks the segment's live documents (searches do so already).
 */
final class AccessFilter {

  private final int scopesPerSegment;
  private final Map<IndexReader.CacheKey, Map<SortedSet<String>, FixedBitSet>> cache = new ConcurrentHashMap<>();

  AccessFilter(int scopesPerSegment) {
    this.scopesPerSegment = scopesPerSegment;
  }

  /** A filter query that matches the documents of these communities. */
  Query query(Set<String> communities) {
    return new AccessQuery(new TreeSet<>(communities));
  }

  /** The documents of the segment the scope may read, deleted ones included. */
  FixedBitSet readable(LeafReaderContext leaf, Set<String> communities) throws IOException {
    SortedSet<String> key = communities instanceof SortedSet<String> sorted ? sorted : new TreeSet<>(communities);
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return build(leaf.reader(), key);
    }
    Map<SortedSet<String>, FixedBitSet> perScope = cache.computeIfAbsent(helper.getKey(), k -> {
      helper.addClosedListener(cache::remove);
      return boundedMap(scopesPerSegment);
    });
    synchronized (perScope) {
      FixedBitSet bits = perScope.get(key);
      if (bits == null) {
        bits = build(leaf.reader(), key);
        perScope.put(key, bits);
      }
      return bits;
    }
  }

  /** Whether a document is live and readable. */
  boolean canRead(LeafReaderContext leaf, Set<String> communities, int doc) throws IOException {
    Bits live = leaf.reader().getLiveDocs();
    return (live == null || live.get(doc)) && readable(leaf, communities).get(doc);
  }

  /** Segments with cached sets, for tests and operators. */
  int cachedSegments() {
    return cache.size();
  }

  private static FixedBitSet build(LeafReader reader, SortedSet<String> communities) throws IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
    Terms terms = reader.terms(Fields.ACCESS);
    if (terms == null) {
      return bits;
    }
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    for (String community : communities) {
      if (termsEnum.seekExact(new BytesRef(community))) {
        postings = termsEnum.postings(postings, PostingsEnum.NONE);
        bits.or(postings);
      }
    }
    return bits;
  }

  private static <K, V> Map<K, V> boundedMap(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  private final class AccessQuery extends Query {
    private final SortedSet<String> communities;

    AccessQuery(SortedSet<String> communities) {
      this.communities = communities;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public @Nullable Scorer scorer(LeafReaderContext context) throws IOException {
          FixedBitSet bits = readable(context, communities);
          int cost = bits.cardinality();
          if (cost == 0) {
            return null;
          }
          DocIdSetIterator iterator = new BitSetIterator(bits, cost);
          return new ConstantScoreScorer(this, score(), scoreMode, iterator);
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false; // cached above, per scope
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
      return "access" + communities;
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other) && communities.equals(((AccessQuery) other).communities);
    }

    @Override
    public int hashCode() {
      return 31 * classHash() + communities.hashCode();
    }
  }
}
