package org.copse.bench.engine.copse;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.bench.corpus.BenchQuery;
import org.copse.bench.corpus.Population;
import org.copse.bench.engine.EngineSearcher;
import org.copse.bench.engine.ExpertOutcome;
import org.copse.bench.engine.SearchOutcome;
import org.copse.bench.engine.SearchVariant;
import org.copse.index.AccessScope;
import org.copse.index.Contributor;
import org.copse.index.EvidenceHit;
import org.copse.index.SearchField;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SearchResult;
import org.copse.index.SortOrder;
import org.copse.index.query.UserQuery;

/**
 * Asks a Copse index (Lucene or Elasticsearch) what the raw baseline is asked, through the
 * {@link SearchIndex} port: the
 * query string is parsed by Copse's own parser on every call, as a request from the web would be.
 * Results are not grouped by thread, so that they count the same contributions as the baseline.
 */
public final class CopsePortSearcher implements EngineSearcher {
  private static final AccessScope EVERYTHING = Population.everything("bench-admin");

  private final SearchIndex index;

  /** Searches the index and closes it when closed. */
  public CopsePortSearcher(SearchIndex index) {
    this.index = index;
  }

  @Override
  public SearchOutcome search(BenchQuery query, SearchVariant variant) {
    boolean plain = variant == SearchVariant.PLAIN;
    UserQuery parsed = UserQuery.parse(plain ? query.text() : query.textWithCommunity());
    Set<SearchField> facets = variant == SearchVariant.FACETED
        ? Set.of(SearchField.COMMUNITY, SearchField.TYPE) : Set.of();
    SearchRequest request = new SearchRequest(parsed, plain ? EVERYTHING : query.viewer(), SortOrder.RELEVANCE,
        0, SearchOutcome.PAGE, facets, SearchRequest.DEFAULT_FACET_LIMIT, variant == SearchVariant.HIGHLIGHTED, false);
    SearchResult result = index.search(request);
    int facetValues = result.facets().stream().mapToInt(f -> f.counts().size()).sum();
    int snippetChars = variant == SearchVariant.HIGHLIGHTED
        ? result.hits().stream().mapToInt(h -> h.snippetHtml().length()).sum() : 0;
    return new SearchOutcome(result.totalHits(), result.hits().stream().map(SearchHit::id).toList(),
        facetValues, snippetChars);
  }

  @Override
  public ExpertOutcome experts(BenchQuery query) {
    List<EvidenceHit> evidence = index.evidence(UserQuery.parse(query.text()), query.viewer(), ExpertOutcome.DEPTH);
    Map<String, Double> scores = new HashMap<>();
    for (EvidenceHit hit : evidence) {
      Set<String> members = new LinkedHashSet<>();
      for (Contributor contributor : hit.contributors()) {
        members.add(contributor.memberId());
      }
      for (String member : members) {
        scores.merge(member, (double) hit.relevance(), Double::sum);
      }
    }
    return ExpertOutcome.of(evidence.size(), scores);
  }

  @Override
  public void close() {
    index.close();
  }

}
