package org.copse.bench.engine.raw;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.copse.bench.corpus.BenchQuery;
import org.copse.bench.corpus.DocumentFrequencies;
import org.copse.bench.corpus.Population;
import org.copse.bench.engine.EngineSearcher;
import org.copse.bench.engine.ExpertOutcome;
import org.copse.bench.engine.SearchOutcome;
import org.copse.bench.engine.SearchVariant;
import org.copse.index.ContributionKind;

/**
 * The raw baseline's searches. Every word is required in the title, body or tags (as Copse's query
 * syntax asks), and all of them in the title add a boost; the community filter is a term filter and the access rule is checked per hit by
 * {@link AccessCollector}; hit counts are exact; facets are counted in the same pass; snippets come
 * from the UnifiedHighlighter re-analysing the stored body.
 */
public final class RawLuceneSearcher implements EngineSearcher, DocumentFrequencies {

  /** Title matches weigh this much more than body matches. */
  static final float TITLE_BOOST = 2f;
  private static final ContributionKind[] KINDS = ContributionKind.values();

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = RawSchema.analyzer();
  private final UnifiedHighlighter highlighter;

  private RawLuceneSearcher(FSDirectory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
        .withMaxNoHighlightPassages(1)
        // the body is stored, not indexed: mark in it the words the query looks for in "all"
        .withFieldMatcher(field -> true)
        .build();
  }

  static RawLuceneSearcher open(Path folder) throws IOException {
    FSDirectory directory = FSDirectory.open(folder);
    try {
      return new RawLuceneSearcher(directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public SearchOutcome search(BenchQuery query, SearchVariant variant) throws IOException {
    Query words = wordsQuery(query);
    boolean scoped = variant != SearchVariant.PLAIN;
    Query filtered = scoped
        ? new BooleanQuery.Builder()
            .add(words, BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(RawSchema.COMMUNITY, query.communityId())), BooleanClause.Occur.FILTER)
            .build()
        : words;
    TopScoreDocCollector top = TopScoreDocCollector.create(SearchOutcome.PAGE, Integer.MAX_VALUE);
    FacetCollector facets = variant == SearchVariant.FACETED
        ? new FacetCollector(Population.COMMUNITIES, KINDS.length) : null;
    Collector collector = facets == null ? top : MultiCollector.wrap(top, facets);
    if (scoped) {
      collector = new AccessCollector(collector, readable(query));
    }
    searcher.search(filtered, collector);
    TopDocs topDocs = top.topDocs();
    List<String> ids = loadHits(topDocs);
    int facetValues = 0;
    if (facets != null) {
      facetValues = facets.topCommunities(10, Population::communityId).size()
          + facets.topKinds(10, k -> KINDS[k].code()).size();
    }
    int snippetChars = 0;
    if (variant == SearchVariant.HIGHLIGHTED && topDocs.scoreDocs.length > 0) {
      for (String snippet : highlighter.highlight(RawSchema.BODY, filtered, topDocs, 1)) {
        snippetChars += snippet == null ? 0 : snippet.length();
      }
    }
    return new SearchOutcome(topDocs.totalHits.value, ids, facetValues, snippetChars);
  }

  @Override
  public ExpertOutcome experts(BenchQuery query) throws IOException {
    TopScoreDocCollector top = TopScoreDocCollector.create(ExpertOutcome.DEPTH, ExpertOutcome.DEPTH);
    searcher.search(wordsQuery(query), new AccessCollector(top, readable(query)));
    ScoreDoc[] hits = top.topDocs().scoreDocs;
    ScoreDoc[] byDoc = hits.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
    Map<String, Double> scores = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    SortedSetDocValues authors = null;
    LeafReaderContext leaf = null;
    for (ScoreDoc hit : byDoc) {
      int index = ReaderUtil.subIndex(hit.doc, leaves);
      if (index != leafIndex) {
        leafIndex = index;
        leaf = leaves.get(index);
        authors = leaf.reader().getSortedSetDocValues(RawSchema.AUTHOR);
      }
      if (authors != null && leaf != null && authors.advanceExact(hit.doc - leaf.docBase)) {
        for (int i = 0; i < authors.docValueCount(); i++) {
          String author = authors.lookupOrd(authors.nextOrd()).utf8ToString();
          scores.merge(author, (double) hit.score, Double::sum);
        }
      }
    }
    return ExpertOutcome.of(hits.length, scores);
  }

  @Override
  public double share(String word) {
    List<String> terms = RawSchema.terms(analyzer, word);
    if (terms.isEmpty()) {
      return -1;
    }
    try {
      return (double) reader.docFreq(new Term(RawSchema.ALL, terms.get(0))) / Math.max(1, reader.numDocs());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the document frequency of '" + word + "'", e);
    }
  }

  /** How many contributions the index holds. */
  public int documents() {
    return reader.numDocs();
  }

  private Query wordsQuery(BenchQuery query) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    BooleanQuery.Builder title = new BooleanQuery.Builder();
    for (String word : query.words()) {
      for (String term : RawSchema.terms(analyzer, word)) {
        all.add(new TermQuery(new Term(RawSchema.ALL, term)), BooleanClause.Occur.MUST);
        title.add(new TermQuery(new Term(RawSchema.TITLE, term)), BooleanClause.Occur.MUST);
      }
    }
    // every word in the title as well ranks first, without changing what matches
    all.add(new BoostQuery(title.build(), TITLE_BOOST), BooleanClause.Occur.SHOULD);
    return all.build();
  }

  private static boolean[] readable(BenchQuery query) {
    boolean[] readable = new boolean[Population.COMMUNITIES];
    for (String community : query.viewer().communityIds()) {
      readable[Population.communityNumber(community)] = true;
    }
    return readable;
  }

  private List<String> loadHits(TopDocs topDocs) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>(topDocs.scoreDocs.length);
    for (ScoreDoc hit : topDocs.scoreDocs) {
      ids.add(stored.document(hit.doc, RawSchema.HIT_FIELDS).get(RawSchema.ID));
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }
}
