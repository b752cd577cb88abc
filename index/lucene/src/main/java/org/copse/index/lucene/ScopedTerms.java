package org.copse.index.lucene;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Term statistics counted only over what a scope may read. Spelling, completion and similar items
 * use them instead of the index-wide figures, which would let unreadable content change answers.
 */
final class ScopedTerms {

  private final IndexSearcher searcher;
  private final AccessFilter access;
  private final AccessFilter.ScopeKey communities;

  ScopedTerms(IndexSearcher searcher, AccessFilter access, Set<String> communities) {
    this.searcher = searcher;
    this.access = access;
    this.communities = access.key(communities);
  }

  /** How many live, readable documents contain the term, counting no further than {@code cap}. */
  int docFreq(Term term, int cap) throws IOException {
    int count = 0;
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(term.field());
      if (terms == null) {
        continue;
      }
      TermsEnum termsEnum = terms.iterator();
      if (!termsEnum.seekExact(term.bytes())) {
        continue;
      }
      FixedBitSet readable = access.readable(leaf, communities);
      Bits live = leaf.reader().getLiveDocs();
      postings = termsEnum.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (readable.get(doc) && (live == null || live.get(doc)) && ++count >= cap) {
          return count;
        }
      }
    }
    return count;
  }

  /** Whether any live, readable document contains the term. */
  boolean exists(Term term) throws IOException {
    return docFreq(term, 1) > 0;
  }

  /** How many live documents the scope may read. */
  int readableDocs() throws IOException {
    int count = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FixedBitSet readable = access.readable(leaf, communities);
      Bits live = leaf.reader().getLiveDocs();
      if (live == null) {
        count += readable.cardinality();
      } else {
        for (int doc = readable.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = doc + 1 < readable.length() ? readable.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
          if (live.get(doc)) {
            count++;
          }
        }
      }
    }
    return count;
  }
}
