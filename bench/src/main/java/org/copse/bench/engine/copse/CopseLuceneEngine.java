package org.copse.bench.engine.copse;

import java.io.IOException;
import java.nio.file.Path;
import org.copse.bench.corpus.CorpusFile;
import org.copse.bench.engine.CorpusFeeder;
import org.copse.bench.engine.Engine;
import org.copse.bench.engine.EngineSearcher;
import org.copse.index.IndexBatch;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.index.lucene.LuceneSettings;

/**
 * Copse's {@link LuceneSearchIndex} with its default settings. Builds apply batches of
 * {@value #BATCH} contributions through {@code SearchIndex.apply}, each durable and visible when it
 * returns (the port's contract), from as many threads as asked.
 */
public final class CopseLuceneEngine implements Engine {

  /** Contributions per {@code apply}: what an ingest job writes per chunk. */
  public static final int BATCH = 1_000;

  private final LuceneSettings settings;

  public CopseLuceneEngine() {
    this(LuceneSettings.defaults());
  }

  public CopseLuceneEngine(LuceneSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "copse-lucene";
  }

  @Override
  public void build(Path folder, CorpusFile corpus, int threads) throws IOException {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, settings)) {
      CorpusFeeder.feed(corpus, threads, BATCH, batch -> index.apply(IndexBatch.upserts(batch)));
    }
  }

  @Override
  public EngineSearcher open(Path folder) {
    return new CopsePortSearcher(LuceneSearchIndex.open(folder, settings));
  }
}
