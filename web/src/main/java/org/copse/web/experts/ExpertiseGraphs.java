package org.copse.web.experts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copse.expertise.graph.ExpertiseGraph;
import org.copse.expertise.graph.GraphFile;
import org.copse.expertise.graph.GraphSettings;
import org.copse.index.Contribution;
import org.copse.index.ContributionStore;
import org.copse.index.StoreException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's one expertise graph: loaded from its file under the data directory when there is
 * one, otherwise built from the {@link ContributionStore}; {@link #refresh} brings it up to date
 * with the store after an ingest or a demo load and saves it. Thread safe: the graph locks itself.
 */
public final class ExpertiseGraphs {
  private static final Logger log = LoggerFactory.getLogger(ExpertiseGraphs.class);
  private static final int BATCH = 10_000;

  private final ContributionStore store;
  private final Path file;
  private final ExpertiseGraph graph;
  /** The ids the graph holds, when this process built it; null after loading it from its file. */
  private @Nullable Set<String> known;

  ExpertiseGraphs(ContributionStore store, Path file, GraphSettings settings) {
    this.store = store;
    this.file = file;
    this.graph = loadOrBuild(settings);
  }

  public ExpertiseGraph graph() {
    return graph;
  }

  /**
   * Makes the graph hold what the store holds: adds or replaces every stored contribution and removes
   * those this process saw before and the store no longer has; then saves it. Returns the graph's size.
   */
  public synchronized int refresh() {
    Set<String> seen = upsertAll(graph);
    if (known != null) {
      List<String> gone = known.stream().filter(id -> !seen.contains(id)).toList();
      graph.remove(gone);
    } else if (graph.size() > seen.size()) {
      // loaded from a file: which ids are stale cannot be told; they never show as evidence (read from
      // the index) but still weigh in profiles until the graph is rebuilt
      log.warn("the expertise graph holds {} contributions the store no longer has; delete {} to rebuild it",
          graph.size() - seen.size(), file);
    }
    known = seen;
    saveTo(graph);
    log.info("expertise graph refreshed: {} contributions", graph.size());
    return graph.size();
  }

  /** Upserts every stored contribution, in batches; returns their ids. */
  private Set<String> upsertAll(ExpertiseGraph target) {
    Set<String> ids = new HashSet<>();
    List<Contribution> batch = new ArrayList<>();
    store.forEach(contribution -> {
      ids.add(contribution.id());
      batch.add(contribution);
      if (batch.size() == BATCH) {
        target.upsert(batch);
        batch.clear();
      }
    });
    target.upsert(batch);
    return ids;
  }

  private ExpertiseGraph loadOrBuild(GraphSettings settings) {
    if (Files.isRegularFile(file)) {
      try {
        ExpertiseGraph loaded = GraphFile.load(file, settings);
        log.info("expertise graph loaded from {}: {} contributions", file, loaded.size());
        return loaded;
      } catch (StoreException e) {
        log.warn("could not load the expertise graph from {}; rebuilding it from the store", file, e);
      }
    }
    ExpertiseGraph built = new ExpertiseGraph(settings);
    known = upsertAll(built);
    log.info("expertise graph built from the store: {} contributions", built.size());
    if (built.size() > 0) {
      saveTo(built);
    }
    return built;
  }

  private void saveTo(ExpertiseGraph which) {
    try {
      Files.createDirectories(file.getParent());
      GraphFile.save(which, file);
    } catch (IOException e) {
      throw new StoreException("could not create " + file.getParent(), e);
    }
  }
}
