package org.copse.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.copse.index.ContributionKind;
import org.copse.index.EvidenceHit;
import org.copse.index.SearchField;

/**
 * Reads evidence hits from doc values only (no stored fields), visiting the hits in document
 * order per segment so that each doc-values iterator only moves forward.
 */
final class EvidenceReader {

  private EvidenceReader() {}

  static List<EvidenceHit> read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    Integer[] order = new Integer[hits.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    EvidenceHit[] out = new EvidenceHit[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafValues values = null;
    for (int i : order) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
      if (values == null || values.leaf != leaf) {
        values = new LeafValues(leaf);
      }
      out[i] = values.read(hits[i].doc - leaf.docBase, hits[i].score);
    }
    return new ArrayList<>(Arrays.asList(out));
  }

  private static final class LeafValues {
    final LeafReaderContext leaf;
    final SortedDocValues ids;
    final SortedSetDocValues kinds;
    final SortedSetDocValues communities;
    final SortedDocValues threads;
    final BinaryDocValues contributors;
    final NumericDocValues created;
    final NumericDocValues votes;

    LeafValues(LeafReaderContext leaf) throws IOException {
      this.leaf = leaf;
      this.ids = DocValues.getSorted(leaf.reader(), Fields.ID);
      this.kinds = DocValues.getSortedSet(leaf.reader(), Fields.facet(SearchField.TYPE));
      this.communities = DocValues.getSortedSet(leaf.reader(), Fields.facet(SearchField.COMMUNITY));
      this.threads = DocValues.getSorted(leaf.reader(), Fields.THREAD);
      this.contributors = DocValues.getBinary(leaf.reader(), Fields.CONTRIBUTORS);
      this.created = DocValues.getNumeric(leaf.reader(), Fields.CREATED);
      this.votes = DocValues.getNumeric(leaf.reader(), Fields.VOTES);
    }

    EvidenceHit read(int doc, float score) throws IOException {
      require(ids.advanceExact(doc) && kinds.advanceExact(doc) && communities.advanceExact(doc)
          && threads.advanceExact(doc) && contributors.advanceExact(doc) && created.advanceExact(doc)
          && votes.advanceExact(doc), doc);
      String kindCode = kinds.lookupOrd(kinds.nextOrd()).utf8ToString();
      ContributionKind kind = ContributionKind.fromCode(kindCode)
          .orElseThrow(() -> new IllegalStateException("unknown kind '" + kindCode + "' in the index"));
      return new EvidenceHit(
          ids.lookupOrd(ids.ordValue()).utf8ToString(),
          score,
          kind,
          communities.lookupOrd(communities.nextOrd()).utf8ToString(),
          threads.lookupOrd(threads.ordValue()).utf8ToString(),
          ContributionCodec.decodeContributors(contributors.binaryValue()),
          java.time.Instant.ofEpochMilli(created.longValue()),
          (int) votes.longValue());
    }

    private void require(boolean present, int doc) {
      if (!present) {
        throw new IllegalStateException("document " + doc + " of segment " + leaf.ord + " lacks evidence doc values");
      }
    }
  }
}
