package org.copse.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.copse.index.Contribution;
import org.copse.index.CouncilFixtures;
import org.copse.index.SearchField;
import org.junit.jupiter.api.Test;

class FacetCounterTest {

  @Test
  void mapCountsAgreeWithArrayCountsAcrossSegments() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new Analysis(null, null).indexing()))) {
      int n = 0;
      for (Contribution c : CouncilFixtures.publicContributions()) {
        writer.addDocument(ContributionDocuments.toDocument(c));
        if (++n % 5 == 0) {
          writer.commit(); // several segments, so per-segment ordinals differ
        }
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        Set<SearchField> all = Set.of(SearchField.values());
        FacetCounter dense = new FacetCounter(all, Integer.MAX_VALUE);
        FacetCounter sparse = new FacetCounter(all, 0);
        searcher.search(new MatchAllDocsQuery(), dense);
        searcher.search(new MatchAllDocsQuery(), sparse);
        assertThat(sparse.totalHits()).isEqualTo(dense.totalHits()).isEqualTo(n);
        assertThat(sparse.facets(100)).isEqualTo(dense.facets(100));
        assertThat(dense.facets(100).get(0).counts()).isNotEmpty();
      }
    }
  }
}
