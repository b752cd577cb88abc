package org.copse.web;

import java.util.List;
import org.copse.index.Contribution;
import org.copse.index.ContributionStore;
import org.copse.index.SearchIndex;
import org.copse.web.experts.ExpertiseGraphs;

/** Plants a canary contribution in the shared demo application once: stored, indexed and in the expertise graph. */
final class Canaries {
  private Canaries() {}

  static void plantOnce(Contribution canary, ContributionStore store, SearchIndex index, ExpertiseGraphs graphs) {
    if (store.find(canary.id()).isPresent()) {
      return;
    }
    store.save(List.of(canary));
    index.index(List.of(canary));
    graphs.refresh();
  }
}
