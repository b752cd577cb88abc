package org.copse.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.EvidenceHit;
import org.copse.index.FacetCount;
import org.copse.index.FacetResult;
import org.copse.index.IndexBatch;
import org.copse.index.IndexException;
import org.copse.index.IndexStats;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchField;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SearchResult;
import org.copse.index.query.UserQuery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SearchIndex} on an Elasticsearch 8.x (or 9.x) cluster.
 *
 * <p>How it keeps the port's contract:
 * <ul>
 *   <li><b>Writes</b> go through the bulk API (deletes, then upserts), with retries of items the
 *       cluster refuses as busy; {@link #apply} then refreshes the alias, so a returned batch is
 *       durable (the translog is fsynced per request and the write reached every in-sync copy) and
 *       visible. Periodic refresh is off in the template, so a batch becomes visible at once on each
 *       shard; across several shards Elasticsearch cannot make a batch appear atomically.
 *   <li><b>Scope</b>: every request carries a terms filter on the community (see
 *       {@link QueryTranslator#scopeFilter}); did-you-mean and completions are verified or counted
 *       within it; {@link #get} checks the community of what it fetched.
 *   <li><b>Layout</b>: reads and writes use the alias; {@link #reindex()} builds a new versioned
 *       index, replays the writes made meanwhile and swaps the alias atomically.
 * </ul>
 * Thread safe; one instance per process is enough (the client pools connections).
 */
public final class ElasticsearchSearchIndex implements SearchIndex {
  private static final Logger log = LoggerFactory.getLogger(ElasticsearchSearchIndex.class);
  /** The most evidence hits one call may ask for (the default index.max_result_window). */
  public static final int MAX_EVIDENCE_DEPTH = 10_000;
  public static final int MAX_SUGGESTIONS = 20;
  private static final int FRAGMENTS = 2;
  /** Extra terms each shard counts so that the top facet values are exact on small indexes. */
  private static final int FACET_SHARD_SIZE = 1_000;

  private final ElasticsearchSettings settings;
  private final ElasticsearchClient client;
  private final String alias;
  private final IndexLayout layout;
  private final BulkWriter writer;
  private final SpellingCorrector spelling;
  private final Completions completions;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Writes take the read side; a re-index takes the write side to replay the last writes and swap. */
  private final ReentrantReadWriteLock writes = new ReentrantReadWriteLock();
  private volatile @Nullable WritesDuringReindex duringReindex;

  private ElasticsearchSearchIndex(ElasticsearchSettings settings, ElasticsearchClient client) {
    this.settings = settings;
    this.client = client;
    this.alias = settings.alias();
    this.layout = new IndexLayout(client, settings, Clock.systemUTC());
    this.writer = new BulkWriter(client, settings);
    this.spelling = new SpellingCorrector(client, alias);
    this.completions = new Completions(client, alias);
  }

  /**
   * Connects, installs the index template and creates the first index version if the alias does
   * not exist yet.
   *
   * @throws IndexException if the cluster cannot be reached or refuses the template
   */
  public static ElasticsearchSearchIndex open(ElasticsearchSettings settings) {
    ElasticsearchClient client = ClientFactory.create(settings);
    ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(settings, client);
    try {
      index.layout.ensure();
    } catch (IOException | ElasticsearchException e) {
      index.close();
      throw new IndexException("cannot set up the index " + settings.alias() + " on " + settings.hosts()
          + ": " + e.getMessage(), e);
    }
    return index;
  }

  @Override
  public void apply(IndexBatch batch) {
    ensureOpen();
    if (batch.isEmpty()) {
      return;
    }
    writes.readLock().lock();
    try {
      WritesDuringReindex recording = duringReindex;
      if (recording != null) {
        recording.add(batch); // before the write: replaying a batch that then failed here is harmless
      }
      writer.write(alias, batch);
    } finally {
      writes.readLock().unlock();
    }
    call("refresh", () -> {
      var refreshed = client.indices().refresh(r -> r.index(alias));
      if (refreshed.shards().successful().intValue() == 0) {
        throw new IndexException("refresh of " + alias + " reached no shard: " + refreshed.shards().failures());
      }
      return null;
    });
  }

  @Override
  public SearchResult search(SearchRequest request) {
    ensureOpen();
    UserQuery userQuery = request.query();
    Query query = QueryTranslator.translate(userQuery, request.scope());
    boolean highlight = request.highlight() && userQuery.hasText();
    SearchResponse<ContributionDocument> response = call("search", () -> client.search(s -> {
      s.index(alias).query(query).from(request.offset()).size(request.limit())
          .trackTotalHits(t -> t.enabled(true)).sort(sortFor(request));
      if (request.groupByThread()) {
        s.collapse(c -> c.field("threadId"));
      }
      if (highlight) {
        s.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags(Snippets.PRE).postTags(Snippets.POST)
            .highlightQuery(QueryTranslator.highlightQuery(userQuery)).requireFieldMatch(true)
            .fields(QueryTranslator.BODY, f -> f.fragmentSize(Snippets.LENGTH).numberOfFragments(FRAGMENTS)));
      }
      for (SearchField field : request.facets()) {
        s.aggregations(field.keyword(), a -> a.terms(t -> t.field(QueryTranslator.facetField(field))
            .size(request.facetLimit()).shardSize(Math.max(FACET_SHARD_SIZE, request.facetLimit() * 10))
            .order(List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))));
      }
      return s;
    }, ContributionDocument.class));

    long total = response.hits().total() == null ? 0 : response.hits().total().value();
    List<SearchHit> hits = response.hits().hits().stream().map(hit -> toSearchHit(hit, highlight)).toList();
    List<FacetResult> facets = facets(request, response.aggregations());
    String didYouMean = userQuery.hasText()
        ? call("did you mean", () -> spelling.correct(userQuery, request.scope(), total)) : null;
    return new SearchResult(total, hits, facets, didYouMean);
  }

  @Override
  public Optional<Contribution> get(String id, AccessScope scope) {
    ensureOpen();
    var response = call("get", () -> client.get(g -> g.index(alias).id(id), ContributionDocument.class));
    ContributionDocument doc = response.source();
    if (!response.found() || doc == null || !scope.canRead(doc.communityId())) {
      return Optional.empty();
    }
    return Optional.of(doc.toContribution());
  }

  @Override
  public List<String> suggest(String prefix, AccessScope scope, int limit) {
    ensureOpen();
    if (limit < 1 || limit > MAX_SUGGESTIONS) {
      throw new InvalidQueryException("limit", "suggestions limit must be between 1 and " + MAX_SUGGESTIONS + ", not " + limit);
    }
    if (prefix.isBlank()) {
      return List.of();
    }
    return call("suggest", () -> completions.suggest(prefix, scope, limit));
  }

  @Override
  public List<SearchHit> moreLikeThis(String id, AccessScope scope, int limit) {
    ensureOpen();
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new InvalidQueryException("limit", "limit must be between 1 and " + SearchRequest.MAX_LIMIT + ", not " + limit);
    }
    Optional<Contribution> source = get(id, scope);
    if (source.isEmpty()) {
      return List.of();
    }
    String threadId = source.get().threadId();
    Query like = Query.of(q -> q.moreLikeThis(m -> m.fields(QueryTranslator.TITLE, QueryTranslator.BODY)
        .like(l -> l.document(d -> d.index(alias).id(id))).minTermFreq(1).minDocFreq(1).maxQueryTerms(500)
        .minimumShouldMatch("1").include(false)));
    Query query = Query.of(q -> q.bool(b -> b.must(like)
        .mustNot(Query.of(n -> n.ids(i -> i.values(id))))
        .mustNot(Query.of(n -> n.term(t -> t.field("threadId").value(threadId))))
        .filter(QueryTranslator.scopeFilter(scope))));
    SearchResponse<ContributionDocument> response = call("more like this", () -> client.search(s -> s.index(alias)
        .query(query).size(limit).sort(o -> o.score(x -> x.order(SortOrder.Desc)))
        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), ContributionDocument.class));
    return response.hits().hits().stream().map(hit -> toSearchHit(hit, false)).toList();
  }

  @Override
  public List<EvidenceHit> evidence(UserQuery topic, AccessScope scope, int depth) {
    ensureOpen();
    if (depth < 1 || depth > MAX_EVIDENCE_DEPTH) {
      throw new InvalidQueryException("depth", "evidence depth must be between 1 and " + MAX_EVIDENCE_DEPTH + ", not " + depth);
    }
    Query query = QueryTranslator.translate(topic, scope);
    SearchResponse<ContributionDocument> response = call("evidence", () -> client.search(s -> s.index(alias)
        .query(query).size(depth).trackScores(true)
        .sort(o -> o.score(x -> x.order(SortOrder.Desc))).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
        .source(src -> src.filter(f -> f.excludes(QueryTranslator.BODY))), ContributionDocument.class));
    List<EvidenceHit> evidence = new ArrayList<>();
    for (Hit<ContributionDocument> hit : response.hits().hits()) {
      ContributionDocument doc = hit.source();
      if (doc != null) {
        evidence.add(doc.toEvidence(hit.score() == null ? 0f : hit.score().floatValue()));
      }
    }
    return evidence;
  }

  @Override
  public void scan(Consumer<Contribution> visitor) {
    ensureOpen();
    call("scan", () -> {
      Scan.all(client, alias, visitor);
      return null;
    });
  }

  /**
   * Rebuilds the index into a new version with the current template and synonyms, then moves the
   * alias to it in one atomic step and deletes the old version. Searches answer throughout. Writes
   * applied through this instance while it runs are kept: each batch is recorded (in memory) and
   * replayed into the new version after the copy, in the order applied; the last few are replayed
   * with writes held back for a moment, so none falls between the replay and the swap. Writes made
   * by other processes during a re-index are not seen here: run it where ingest runs, or pause
   * ingest elsewhere. One re-index at a time per instance.
   *
   * @return the new index's name
   */
  public synchronized String reindex() {
    ensureOpen();
    return call("re-index", () -> {
      List<String> current = layout.currentIndex();
      if (current.size() != 1) {
        throw new IndexException("alias " + alias + " points at " + current + "; expected exactly one index");
      }
      String previous = current.get(0);
      String next = layout.createVersion();
      WritesDuringReindex recording = new WritesDuringReindex();
      // from here each write is recorded; those already under way finish first, and the refresh
      // makes them visible to the copy (a point in time sees only refreshed writes)
      writes.writeLock().lock();
      try {
        duringReindex = recording;
      } finally {
        writes.writeLock().unlock();
      }
      try {
        client.indices().refresh(r -> r.index(previous));
        List<Contribution> page = new ArrayList<>();
        Scan.all(client, previous, c -> {
          page.add(c);
          if (page.size() == BulkWriter.CHUNK) {
            writer.write(next, IndexBatch.upserts(page));
            page.clear();
          }
        });
        writer.write(next, IndexBatch.upserts(page));
        int replayed = recording.replayInto(next, 0);
        writes.writeLock().lock();
        try {
          replayed = recording.replayInto(next, replayed);
          client.indices().refresh(r -> r.index(next));
          layout.swap(previous, next);
          duringReindex = null;
        } finally {
          writes.writeLock().unlock();
        }
        log.info("re-indexed {} from {} into {}, replaying {} batches written meanwhile", alias, previous, next,
            replayed);
      } finally {
        duringReindex = null;
      }
      layout.delete(previous);
      return next;
    });
  }

  /** The batches applied while a re-index copies, in the order they were applied. */
  private final class WritesDuringReindex {
    private final List<IndexBatch> batches = new ArrayList<>();

    synchronized void add(IndexBatch batch) {
      batches.add(batch);
    }

    private synchronized List<IndexBatch> from(int first) {
      return List.copyOf(batches.subList(first, batches.size()));
    }

    /** Writes the batches from {@code first} on into {@code index}; returns how many have been replayed in all. */
    int replayInto(String index, int first) {
      List<IndexBatch> toReplay = from(first);
      toReplay.forEach(batch -> writer.write(index, batch));
      return first + toReplay.size();
    }
  }

  @Override
  public IndexStats stats() {
    ensureOpen();
    return call("stats", () -> {
      long documents = client.count(c -> c.index(alias)).count();
      var store = client.indices().stats(s -> s.index(alias).metric("store")).all().primaries().store();
      long size = store == null ? -1 : store.sizeInBytes();
      String hosts = settings.hosts().stream().map(Object::toString).collect(Collectors.joining(","));
      return new IndexStats("elasticsearch", documents, size, hosts + " " + alias + " -> " + layout.currentIndex());
    });
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        client._transport().close();
      } catch (IOException e) {
        log.warn("closing the Elasticsearch client failed: {}", e.toString());
      }
    }
  }

  private static List<SortOptions> sortFor(SearchRequest request) {
    SortOptions byId = SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
    return switch (request.sort()) {
      case RELEVANCE -> List.of(SortOptions.of(o -> o.score(x -> x.order(SortOrder.Desc))), byId);
      case NEWEST -> List.of(SortOptions.of(o -> o.field(f -> f.field("created").order(SortOrder.Desc))), byId);
      case OLDEST -> List.of(SortOptions.of(o -> o.field(f -> f.field("created").order(SortOrder.Asc))), byId);
    };
  }

  private static SearchHit toSearchHit(Hit<ContributionDocument> hit, boolean highlight) {
    ContributionDocument doc = hit.source();
    if (doc == null) {
      throw new IndexException("hit " + hit.id() + " came back without its source");
    }
    List<String> fragments = highlight ? hit.highlight().getOrDefault(QueryTranslator.BODY, List.of()) : List.of();
    String snippet = fragments.isEmpty() ? Snippets.leading(doc.body()) : Snippets.fromFragments(fragments);
    return doc.toHit(snippet);
  }

  private static List<FacetResult> facets(SearchRequest request, Map<String, Aggregate> aggregations) {
    List<FacetResult> facets = new ArrayList<>();
    for (SearchField field : SearchField.values()) {
      if (!request.facets().contains(field)) {
        continue;
      }
      Aggregate aggregate = aggregations.get(field.keyword());
      List<FacetCount> counts = new ArrayList<>();
      if (aggregate != null) {
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
          counts.add(new FacetCount(bucket.key().stringValue(), bucket.docCount()));
        }
      }
      facets.add(new FacetResult(field, counts));
    }
    return facets;
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the Elasticsearch index " + alias + " is closed");
    }
  }

  /** A call to the cluster whose I/O and server failures become {@link IndexException}s. */
  private <T> T call(String what, ClusterCall<T> action) {
    try {
      return action.run();
    } catch (IOException | ElasticsearchException e) {
      throw new IndexException(what + " on " + alias + " failed: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface ClusterCall<T> {
    @Nullable T run() throws IOException;
  }

  /** Exposed for tests and operators: ids in the given collection that the index holds. */
  long countIds(Collection<String> ids) {
    ensureOpen();
    List<String> copy = List.copyOf(ids);
    return call("count", () -> client.count(c -> c.index(alias).query(q -> q.ids(i -> i.values(copy)))).count());
  }
}
