package org.copse.index;

import java.util.Collection;
import java.util.List;

/**
 * Writes to apply together.
 *
 * @param upserts contributions to add or replace by id
 * @param deletes ids to remove; unknown ids are ignored
 */
public record IndexBatch(List<Contribution> upserts, List<String> deletes) {
  public IndexBatch {
    upserts = List.copyOf(upserts);
    deletes = List.copyOf(deletes);
  }

  public static IndexBatch upserts(Collection<Contribution> contributions) {
    return new IndexBatch(List.copyOf(contributions), List.of());
  }

  public static IndexBatch deletes(Collection<String> ids) {
    return new IndexBatch(List.of(), List.copyOf(ids));
  }

  public boolean isEmpty() {
    return upserts.isEmpty() && deletes.isEmpty();
  }
}
