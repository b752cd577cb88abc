package org.copse.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.search.grouping.TermGroupSelector;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.grouping.TopGroupsCollector;
import org.apache.lucene.util.BytesRef;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.EvidenceHit;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchHit;
import org.copse.index.SearchRequest;
import org.copse.index.SearchResult;
import org.copse.index.SortOrder;
import org.copse.index.query.UserQuery;
import org.jspecify.annotations.Nullable;

/**
 * The read side on one point-in-time searcher: search (hits, exact totals, facets, grouping,
 * snippets, did-you-mean), similar items and evidence. Every query it runs carries the scope's
 * access filter.
 */
final class LuceneSearches {

  private static final SortField ID_ORDER = new SortField(Fields.ID, SortField.Type.STRING);
  private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, ID_ORDER);
  private static final Sort NEWEST = new Sort(new SortField(Fields.CREATED, SortField.Type.LONG, true), ID_ORDER);
  private static final Sort OLDEST = new Sort(new SortField(Fields.CREATED, SortField.Type.LONG), ID_ORDER);

  private final QueryTranslator translator;
  private final AccessFilter access;
  private final Snippets snippets;
  private final Spelling spelling;
  private final SimilarItems similar;

  LuceneSearches(Analysis analysis, LuceneSettings settings, AccessFilter access) {
    this.translator = new QueryTranslator(analysis, settings.titleBoost());
    this.access = access;
    this.snippets = new Snippets(analysis.index(), settings.snippetChars(), settings.maxHighlightChars());
    this.spelling = new Spelling(analysis.words());
    this.similar = new SimilarItems(analysis.index());
  }

  SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    Query query = scoped(translator.translate(request.query()), request.scope());
    FacetCounter counter = new FacetCounter(request.facets());
    Sort sort = sort(request.sort());
    ScoreDoc[] page = request.groupByThread()
        ? groupedPage(searcher, query, sort, counter, request)
        : page(searcher, query, sort, counter, request);
    List<SearchHit> hits = hits(searcher, page, request);
    String didYouMean = didYouMean(searcher, request, counter.totalHits());
    return new SearchResult(counter.totalHits(), hits, counter.facets(request.facetLimit()), didYouMean);
  }

  List<SearchHit> similar(IndexSearcher searcher, Contribution source, AccessScope scope, int limit) throws IOException {
    Query like = similar.like(source, new ScopedTerms(searcher, access, scope.communityIds()));
    if (like == null) {
      return List.of();
    }
    TopFieldCollector top = TopFieldCollector.create(RELEVANCE, limit, Integer.MAX_VALUE);
    searcher.search(scoped(like, scope), top);
    ScoreDoc[] docs = top.topDocs().scoreDocs;
    List<SearchHit> hits = new ArrayList<>(docs.length);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc doc : docs) {
      Contribution c = StoredContributions.read(stored, doc.doc);
      hits.add(StoredContributions.hit(c, snippets.opening(c.body())));
    }
    return hits;
  }

  List<EvidenceHit> evidence(IndexSearcher searcher, UserQuery topic, AccessScope scope, int depth) throws IOException {
    if (scope.isEmpty()) {
      return List.of();
    }
    TopDocs top = searcher.search(scoped(translator.translate(topic), scope), depth);
    return EvidenceReader.read(searcher, top.scoreDocs);
  }

  private Query scoped(Query query, AccessScope scope) {
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(access.query(scope.communityIds()), Occur.FILTER)
        .build();
  }

  private static ScoreDoc[] page(IndexSearcher searcher, Query query, Sort sort, FacetCounter counter,
      SearchRequest request) throws IOException {
    TopFieldCollector top = TopFieldCollector.create(sort, request.offset() + request.limit(), Integer.MAX_VALUE);
    searcher.search(query, MultiCollector.wrap(top, counter));
    return top.topDocs(request.offset(), request.limit()).scoreDocs;
  }

  /** One hit per thread, its best post by the requested order: two passes of the grouping module. */
  private static ScoreDoc[] groupedPage(IndexSearcher searcher, Query query, Sort sort, FacetCounter counter,
      SearchRequest request) throws IOException {
    FirstPassGroupingCollector<BytesRef> first =
        new FirstPassGroupingCollector<>(new TermGroupSelector(Fields.THREAD), sort, request.offset() + request.limit());
    searcher.search(query, MultiCollector.wrap(first, counter));
    Collection<SearchGroup<BytesRef>> groups = first.getTopGroups(request.offset());
    if (groups == null || groups.isEmpty()) {
      return new ScoreDoc[0];
    }
    TopGroupsCollector<BytesRef> second =
        new TopGroupsCollector<>(new TermGroupSelector(Fields.THREAD), groups, sort, sort, 1, false);
    searcher.search(query, second);
    TopGroups<BytesRef> top = second.getTopGroups(0);
    List<ScoreDoc> best = new ArrayList<>();
    for (GroupDocs<BytesRef> group : top.groups) {
      if (group.scoreDocs.length > 0) {
        best.add(group.scoreDocs[0]);
      }
    }
    return best.toArray(new ScoreDoc[0]);
  }

  private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, SearchRequest request) throws IOException {
    @Nullable String[] marked = null;
    if (request.highlight() && request.query().hasText() && page.length > 0) {
      Query marks = translator.highlight(request.query(), Fields.BODY);
      if (marks != null) {
        marked = snippets.highlight(searcher, marks, new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page));
      }
    }
    List<SearchHit> hits = new ArrayList<>(page.length);
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      String snippet = marked == null ? null : marked[i];
      Contribution c = snippet == null
          ? StoredContributions.read(stored, page[i].doc)
          : StoredContributions.readWithoutBody(stored, page[i].doc);
      hits.add(StoredContributions.hit(c, snippet == null ? snippets.opening(c.body()) : snippet));
    }
    return hits;
  }

  /** A corrected query, offered only when it finds more within the scope than what was typed. */
  private @Nullable String didYouMean(IndexSearcher searcher, SearchRequest request, long found) throws IOException {
    if (!request.query().hasText() || request.scope().isEmpty()) {
      return null;
    }
    Terms words = Spelling.allWords(searcher.getIndexReader());
    if (words == null) {
      return null;
    }
    Set<String> communities = request.scope().communityIds();
    String corrected = spelling.correct(request.query(), new ScopedTerms(searcher, access, communities), words);
    if (corrected == null) {
      return null;
    }
    UserQuery correctedQuery;
    try {
      correctedQuery = UserQuery.parse(corrected);
    } catch (InvalidQueryException e) {
      return null; // a correction that does not parse is no help
    }
    int wouldFind = searcher.count(scoped(translator.translate(correctedQuery), request.scope()));
    return wouldFind > found ? corrected : null;
  }

  private static Sort sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> RELEVANCE;
      case NEWEST -> NEWEST;
      case OLDEST -> OLDEST;
    };
  }
}
