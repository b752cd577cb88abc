package org.copse.index.lucene;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>A member's scope holds hundreds of communities, so comparing scopes element by element on
 * every segment of every query would cost more than the search: scopes are interned once per query
 * into a {@link ScopeKey}, and the per-segment caches then compare keys by identity.
 */
final class AccessFilter {

  private final int scopesPerSegment;
  private final Map<Set<String>, ScopeKey> interned;
  private final Map<IndexReader.CacheKey, Map<ScopeKey, Readable>> cache = new ConcurrentHashMap<>();

  AccessFilter(int scopesPerSegment) {
    this.scopesPerSegment = scopesPerSegment;
    this.interned = boundedMap(Math.max(64, scopesPerSegment * 4));
  }

  /** A filter query that matches the documents of these communities. */
  Query query(Set<String> communities) {
    return new AccessQuery(key(communities));
  }

  /** The scope's interned key: equal scopes share one instance while it is in use. */
  ScopeKey key(Set<String> communities) {
    synchronized (interned) {
      ScopeKey key = interned.get(communities);
      if (key == null) {
        key = new ScopeKey(Set.copyOf(communities));
        interned.put(key.communities(), key);
      }
      return key;
    }
  }

  /** The documents of the segment the scope may read, deleted ones included. */
  FixedBitSet readable(LeafReaderContext leaf, ScopeKey scope) throws IOException {
    return readableWithCount(leaf, scope).bits();
  }

  private Readable readableWithCount(LeafReaderContext leaf, ScopeKey scope) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return Readable.of(build(leaf.reader(), scope.communities()));
    }
    Map<ScopeKey, Readable> perScope = cache.computeIfAbsent(helper.getKey(), k -> {
      helper.addClosedListener(cache::remove);
      return boundedMap(scopesPerSegment);
    });
    synchronized (perScope) {
      Readable readable = perScope.get(scope);
      if (readable == null) {
        readable = Readable.of(build(leaf.reader(), scope.communities()));
        perScope.put(scope, readable);
      }
      return readable;
    }
  }

  /** Whether a document is live and readable. */
  boolean canRead(LeafReaderContext leaf, ScopeKey scope, int doc) throws IOException {
    Bits live = leaf.reader().getLiveDocs();
    return (live == null || live.get(doc)) && readable(leaf, scope).get(doc);
  }

  /** Segments with cached sets, for tests and operators. */
  int cachedSegments() {
    return cache.size();
  }

  private static FixedBitSet build(LeafReader reader, Set<String> communities) throws IOException {
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

  /** A scope's communities with their hash computed once; equal to another key only if the sets are. */
  static final class ScopeKey {
    private final Set<String> communities;
    private final int hash;

    private ScopeKey(Set<String> communities) {
      this.communities = communities;
      this.hash = communities.hashCode();
    }

    Set<String> communities() {
      return communities;
    }

    @Override
    public boolean equals(Object other) {
      return this == other
          || other instanceof ScopeKey key && hash == key.hash && communities.equals(key.communities);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return communities.stream().sorted().toList().toString();
    }
  }

  /** A segment's readable documents and how many there are. */
  private record Readable(FixedBitSet bits, int count) {
    static Readable of(FixedBitSet bits) {
      return new Readable(bits, bits.cardinality());
    }
  }

  private final class AccessQuery extends Query {
    private final ScopeKey communities;

    AccessQuery(ScopeKey communities) {
      this.communities = communities;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public @Nullable Scorer scorer(LeafReaderContext context) throws IOException {
          Readable readable = readableWithCount(context, communities);
          if (readable.count() == 0) {
            return null;
          }
          DocIdSetIterator iterator = new BitSetIterator(readable.bits(), readable.count());
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
