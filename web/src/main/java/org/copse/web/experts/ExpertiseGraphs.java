package org.copse.web.experts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copse.expertise.graph.ExpertiseGraph;
import org.copse.expertise.graph.GraphFile;
import org.copse.expertise.graph.GraphSettings;
import org.copse.index.Contribution;
import org.copse.index.ContributionStore;
import org.copse.index.StoreException;
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

  ExpertiseGraphs(ContributionStore store, Path file, GraphSettings settings) {
    this.store = store;
    this.file = file;
    this.graph = loadOrBuild(settings);
  }

  public ExpertiseGraph graph() {
    return graph;
  }

  /** Adds or replaces every stored contribution in the graph, then saves it; returns the graph's size. */
  public synchronized int refresh() {
    // the store is the truth: upsert what it holds, in batches (ids it no longer holds stay until the
    // graph file is removed and rebuilt; they never show as evidence, which is read from the index)
    List<Contribution> batch = new ArrayList<>();
    store.forEach(contribution -> {
      batch.add(contribution);
      if (batch.size() == BATCH) {
        graph.upsert(batch);
        batch.clear();
      }
    });
    graph.upsert(batch);
    saveTo(graph);
    log.info("expertise graph refreshed: {} contributions", graph.size());
    return graph.size();
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
    ExpertiseGraph built = ExpertiseGraph.of(store, settings);
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
