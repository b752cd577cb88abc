package org.copse.web.experts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copse.expertise.graph.ExpertiseGraph;
import org.copse.expertise.graph.GraphFile;
import org.copse.expertise.graph.GraphSettings;
import org.copse.index.Contribution;
import org.copse.index.ContributionStore;
import org.copse.index.StoreException;
import org.copse.store.JdbcSnapshots;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's one expertise graph: loaded from where it was saved (a file under the data
 * directory, or a snapshot in the database that several instances share; see {@link Storage}) when
 * there is one, otherwise built from the {@link ContributionStore}; {@link #refresh} brings it up to
 * date with the store after an ingest or a demo load and saves it. Thread safe: the graph locks itself.
 */
public final class ExpertiseGraphs {
  private static final Logger log = LoggerFactory.getLogger(ExpertiseGraphs.class);
  private static final int BATCH = 10_000;
  /** The name of the graph's snapshot in the database. */
  static final String SNAPSHOT = "expertise-graph";

  /**
   * Where the graph is saved between starts, in {@link GraphFile}'s format either way.
   * {@link #load} throws {@link StoreException} when what is saved cannot be read.
   */
  public interface Storage {
    Optional<ExpertiseGraph> load(GraphSettings settings);

    void save(ExpertiseGraph graph);

    /** For log lines: where it is. */
    String describe();

    /** A file of the one process that owns the data directory (the embedded default). */
    static Storage file(Path file) {
      return new FileStorage(file);
    }

    /** A snapshot in the application database, shared by every instance that uses it (scaled out). */
    static Storage database(JdbcSnapshots snapshots) {
      return new DatabaseStorage(snapshots);
    }
  }

  private final ContributionStore store;
  private final Storage storage;
  private final ExpertiseGraph graph;
  /** The ids the graph holds, when this process built it; null after loading it. */
  private @Nullable Set<String> known;

  ExpertiseGraphs(ContributionStore store, Path file, GraphSettings settings) {
    this(store, Storage.file(file), settings);
  }

  ExpertiseGraphs(ContributionStore store, Storage storage, GraphSettings settings) {
    this.store = store;
    this.storage = storage;
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
      // loaded: which ids are stale cannot be told; they never show as evidence (read from the index)
      // but still weigh in profiles until the graph is rebuilt
      log.warn("the expertise graph holds {} contributions the store no longer has; delete {} to rebuild it",
          graph.size() - seen.size(), storage.describe());
    }
    known = seen;
    storage.save(graph);
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
    try {
      Optional<ExpertiseGraph> loaded = storage.load(settings);
      if (loaded.isPresent()) {
        log.info("expertise graph loaded from {}: {} contributions", storage.describe(), loaded.get().size());
        return loaded.get();
      }
    } catch (StoreException e) {
      log.warn("could not load the expertise graph from {}; rebuilding it from the store", storage.describe(), e);
    }
    ExpertiseGraph built = new ExpertiseGraph(settings);
    known = upsertAll(built);
    log.info("expertise graph built from the store: {} contributions", built.size());
    if (built.size() > 0) {
      storage.save(built);
    }
    return built;
  }

  private record FileStorage(Path file) implements Storage {
    @Override
    public Optional<ExpertiseGraph> load(GraphSettings settings) {
      return Files.isRegularFile(file) ? Optional.of(GraphFile.load(file, settings)) : Optional.empty();
    }

    @Override
    public void save(ExpertiseGraph graph) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
      } catch (IOException e) {
        throw new StoreException("could not create " + file.getParent(), e);
      }
      GraphFile.save(graph, file);
    }

    @Override
    public String describe() {
      return file.toString();
    }
  }

  /**
   * The snapshot {@value #SNAPSHOT} in the database. {@link GraphFile} reads and writes files, so the
   * bytes pass through a temporary file on the way (a stream form of GraphFile would spare it).
   */
  private record DatabaseStorage(JdbcSnapshots snapshots) implements Storage {
    @Override
    public Optional<ExpertiseGraph> load(GraphSettings settings) {
      return snapshots.load(SNAPSHOT, in -> {
        Path temporary = Files.createTempFile("copse-graph-", ".bin");
        try {
          Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
          return GraphFile.load(temporary, settings);
        } finally {
          Files.deleteIfExists(temporary);
        }
      });
    }

    @Override
    public void save(ExpertiseGraph graph) {
      Path folder;
      try {
        folder = Files.createTempDirectory("copse-graph-");
      } catch (IOException e) {
        throw new StoreException("could not make a temporary folder for the expertise graph: " + e.getMessage(), e);
      }
      Path temporary = folder.resolve("graph.bin");
      try {
        GraphFile.save(graph, temporary);
        snapshots.save(SNAPSHOT, out -> Files.copy(temporary, out));
      } finally {
        delete(temporary);
        delete(folder);
      }
    }

    private static void delete(Path path) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        log.warn("could not delete the temporary {}", path, e);
      }
    }

    @Override
    public String describe() {
      return "the database snapshot " + SNAPSHOT;
    }
  }
}
