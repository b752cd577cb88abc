package org.copse.bench.engine;

import java.io.IOException;
import java.nio.file.Path;
import org.copse.bench.corpus.CorpusFile;
import org.copse.bench.harness.Folders;

/**
 * A search engine the benchmarks measure. Each builds its own index from the same corpus file and
 * answers the same {@link SearchVariant}s and expert questions, so that the workloads can time them
 * side by side in one run. To compare a further engine (Copse on Elasticsearch, a plain
 * Elasticsearch node), implement this and add it where {@code Bench} lists the engines.
 *
 * <p>Contract: {@link #build} writes into an empty folder and returns when the whole corpus is
 * durable; it may use {@code threads} indexing threads. {@link #open} opens a built folder for
 * searching; the searcher is thread safe and closed by the caller.
 */
public interface Engine {

  /** A short stable name used in result tables, such as {@code raw-lucene}. */
  String name();

  /**
   * Gets ready outside any timing, such as starting a server; called once per run before the
   * workloads. Does nothing by default.
   */
  default void prepare() {}

  /** Indexes every contribution of the corpus, durable on return. */
  void build(Path folder, CorpusFile corpus, int threads) throws IOException;

  /** Opens a folder written by {@link #build} for searching. */
  EngineSearcher open(Path folder) throws IOException;

  /**
   * Whether an index built into {@code folder} outlives this JVM, so that a later run may reuse it.
   * An engine whose index lives in a server the run starts itself says no.
   */
  default boolean persistent() {
    return true;
  }

  /** Whether the index lives in this JVM, so that its heap can be measured here. */
  default boolean inProcess() {
    return true;
  }

  /** Bytes the index built into {@code folder} takes on disk. */
  default long indexBytes(Path folder) throws IOException {
    return Folders.size(folder);
  }
}
