package org.copse.index.lucene.fault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.SearchIndex;

/** Numbered batches of contributions whose ids say which batch they belong to ({@code fault:b:i}). */
final class Batches {
  static final int SIZE = 20;

  private Batches() {}

  static List<Contribution> batch(int b) {
    List<Contribution> batch = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      batch.add(Contribution.builder("fault:" + b + ":" + i, ContributionKind.WIKI_PAGE, "housing")
          .title("Void inspection checklist, batch " + b + " item " + i)
          .body(("Inspectors check gas, electrics, damp and security before a void home is let again. Batch " + b
              + ". ").repeat(20))
          .contributor("m-inspector-" + (i % 7), ContributorRole.AUTHOR)
          .created(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(b * 1_000L + i))
          .contentHash("fault-" + b + "-" + i)
          .build());
    }
    return batch;
  }

  /** The ids in the index, by batch number. */
  static Map<Integer, Set<String>> inIndex(SearchIndex index) {
    Map<Integer, Set<String>> byBatch = new TreeMap<>();
    index.scan(c -> byBatch.computeIfAbsent(Integer.parseInt(c.id().split(":")[1]), b -> new HashSet<>()).add(c.id()));
    return byBatch;
  }
}
