package org.copse.web.facilitation;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.EvidenceHit;
import org.copse.index.IndexBatch;
import org.copse.index.IndexStats;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SearchResult;
import org.copse.index.SortOrder;
import org.copse.index.query.UserQuery;

/**
 * A {@link SearchIndex} that applies {@link CuratedRanking} to the first {@link #WINDOW} results of
 * relevance-ordered searches and passes everything else through unchanged. Totals, facets and
 * suggestions are the underlying index's: curation only reorders hits the viewer already has. The
 * same contract as the index it wraps.
 */
public final class CuratedSearchIndex implements SearchIndex {
  /** The top results that curation may reorder. */
  public static final int WINDOW = 30;

  private final SearchIndex delegate;
  private final Supplier<Curation.Snapshot> curation;
  private final int boost;

  public CuratedSearchIndex(SearchIndex delegate, Supplier<Curation.Snapshot> curation, int boost) {
    this.delegate = delegate;
    this.curation = curation;
    this.boost = boost;
  }

  /** The wrapped index. */
  public SearchIndex delegate() {
    return delegate;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    String query = QueryNormaliser.normalise(request.query().text());
    int window = Math.max(WINDOW, request.offset() + request.limit());
    if (request.sort() != SortOrder.RELEVANCE || query.isEmpty() || request.offset() >= WINDOW
        || window > SearchRequest.MAX_LIMIT) {
      return delegate.search(request);
    }
    Curation.Snapshot snapshot = curation.get();
    if (snapshot.isEmpty()) {
      return delegate.search(request);
    }
    SearchResult top = delegate.search(request.withPage(0, window));
    List<SearchHit> ranked = CuratedRanking.rerank(top.hits(), query, request.scope(), snapshot, boost);
    int from = Math.min(request.offset(), ranked.size());
    int to = Math.min(request.offset() + request.limit(), ranked.size());
    return new SearchResult(top.totalHits(), ranked.subList(from, to), top.facets(), top.didYouMean());
  }

  @Override
  public void apply(IndexBatch batch) {
    delegate.apply(batch);
  }

  @Override
  public Optional<Contribution> get(String id, AccessScope scope) {
    return delegate.get(id, scope);
  }

  @Override
  public List<String> suggest(String prefix, AccessScope scope, int limit) {
    return delegate.suggest(prefix, scope, limit);
  }

  @Override
  public List<SearchHit> moreLikeThis(String id, AccessScope scope, int limit) {
    return delegate.moreLikeThis(id, scope, limit);
  }

  @Override
  public List<EvidenceHit> evidence(UserQuery topic, AccessScope scope, int depth) {
    return delegate.evidence(topic, scope, depth);
  }

  @Override
  public void scan(Consumer<Contribution> visitor) {
    delegate.scan(visitor);
  }

  @Override
  public IndexStats stats() {
    return delegate.stats();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
