package org.copse.bench.engine;

import java.io.IOException;
import java.util.List;
import org.copse.bench.corpus.BenchQuery;

/** Answers benchmark questions on an index an {@link Engine} built. Thread safe. */
public interface EngineSearcher extends AutoCloseable {

  /** Top {@value SearchOutcome#PAGE} hits of one query in the given variant. */
  SearchOutcome search(BenchQuery query, SearchVariant variant) throws IOException;

  /**
   * The top {@value ExpertOutcome#EXPERTS} authors by relevance summed over the
   * {@value ExpertOutcome#DEPTH} most relevant contributions the viewer may read.
   */
  ExpertOutcome experts(BenchQuery query) throws IOException;

  @Override
  void close() throws IOException;
}
