package org.copse.index;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The durable record of every contribution, independent of the search index: the expertise graph
 * is built from it, and an index can be rebuilt from it.
 *
 * <p>Contract: thread safe; writes are idempotent by id and visible to reads that start after they
 * return; storage failures throw {@link StoreException}.
 */
public interface ContributionStore {

  /** Adds or replaces contributions by id. */
  void save(Collection<Contribution> contributions);

  /** Removes contributions by id; unknown ids are ignored. */
  void delete(Collection<String> ids);

  Optional<Contribution> find(String id);

  /** The content hash stored for each of the given ids that exists. */
  Map<String, String> contentHashes(Collection<String> ids);

  /** Visits every contribution in id order. Unscoped: for building the graph and re-indexing only. */
  void forEach(Consumer<Contribution> visitor);

  long count();
}
