package org.copse.index;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.copse.index.query.UserQuery;

/**
 * The search index port: every technology that stores and searches contributions implements it,
 * and must pass {@code SearchIndexContractTest}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Writes.</b> {@link #apply} is idempotent by contribution id: applying the same batch twice
 *       leaves the index as applying it once. When it returns, the batch is durable (it survives a
 *       crash of the process) and visible to every read that starts afterwards. Upserts and deletes
 *       of one batch are applied deletes first. A batch that fails throws {@link IndexException} and
 *       may be partly applied; applying it again completes it.
 *   <li><b>Reads are scoped.</b> Every read takes an {@link AccessScope} and sees only contributions
 *       of the communities in it. Nothing outside the scope may change what a read returns: hits,
 *       totals, snippets, facet counts, suggestions, "did you mean", similar items or evidence. A
 *       contribution the viewer may not read is answered exactly like one that does not exist.
 *       (Ranking statistics such as document frequencies are collection-wide; they may change the
 *       order of visible hits, never their membership or content.)
 *   <li><b>Bad input.</b> Queries and parameters the index cannot answer throw
 *       {@link InvalidQueryException} with a message fit for the user. Storage or server failures
 *       throw {@link IndexException}. Nothing else escapes.
 *   <li><b>Concurrency.</b> All methods are thread safe. Reads keep working while a batch is written
 *       and see either none or all of a batch.
 *   <li><b>Lifecycle.</b> The creator closes the index; reads and writes after {@link #close()} throw
 *       {@link IllegalStateException}.
 * </ul>
 */
public interface SearchIndex extends AutoCloseable {

  /** Applies a batch of writes; see the class contract for durability and visibility. */
  void apply(IndexBatch batch);

  /** Adds or replaces contributions by id. */
  default void index(Collection<Contribution> contributions) {
    apply(IndexBatch.upserts(contributions));
  }

  /** Removes contributions by id; unknown ids are ignored. */
  default void delete(Collection<String> ids) {
    apply(IndexBatch.deletes(ids));
  }

  /** Searches the contributions in the request's scope. */
  SearchResult search(SearchRequest request);

  /** One contribution, if it exists and the scope may read it. */
  Optional<Contribution> get(String id, AccessScope scope);

  /**
   * Completions for what a person has typed so far: titles and phrases from contributions in scope,
   * best first, at most {@code limit} (1 to 20). A blank prefix gives none.
   */
  List<String> suggest(String prefix, AccessScope scope, int limit);

  /**
   * Contributions in scope most like the given one, best first, excluding it and its own thread.
   * Empty when the contribution does not exist or is outside the scope.
   */
  List<SearchHit> moreLikeThis(String id, AccessScope scope, int limit);

  /**
   * The contributions in scope most relevant to a topic, best first, at most {@code depth} (1 to
   * 10,000), with their contributors, for expertise ranking to credit.
   */
  List<EvidenceHit> evidence(UserQuery topic, AccessScope scope, int depth);

  /** Visits every contribution, unscoped and in no set order: for re-indexing only, never for a viewer. */
  void scan(Consumer<Contribution> visitor);

  /** Counts, size and location, for operators. */
  IndexStats stats();

  /** Releases files, threads and connections. */
  @Override
  void close();
}
