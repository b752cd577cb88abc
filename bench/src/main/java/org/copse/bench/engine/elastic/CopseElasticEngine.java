package org.copse.bench.engine.elastic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.copse.bench.corpus.CorpusFile;
import org.copse.bench.engine.CorpusFeeder;
import org.copse.bench.engine.Engine;
import org.copse.bench.engine.EngineSearcher;
import org.copse.bench.engine.copse.CopseLuceneEngine;
import org.copse.bench.engine.copse.CopsePortSearcher;
import org.copse.index.IndexBatch;
import org.copse.index.elasticsearch.ElasticsearchSearchIndex;
import org.copse.index.elasticsearch.ElasticsearchSettings;

/**
 * Copse's {@link ElasticsearchSearchIndex} with its default settings but for the layout (one
 * shard, no replica: a single node), on the node {@link BenchNode} starts. Builds apply batches of
 * {@value CopseLuceneEngine#BATCH} contributions through {@code SearchIndex.apply}, as the Lucene
 * engine does; each apply is bulk-written and refreshed before it returns (the port's contract:
 * visible to the next read). The index is named after the folder the bench gives it; the folder
 * itself stays empty, the data lives in the node.
 */
public final class CopseElasticEngine implements Engine {

  @Override
  public String name() {
    return "copse-elastic";
  }

  @Override
  public boolean persistent() {
    return false;
  }

  @Override
  public boolean inProcess() {
    return false;
  }

  /** What the node runs with, for the result table. */
  public static String description() {
    return BenchNode.description();
  }

  /** Starts the node (untimed). */
  @Override
  public void prepare() {
    BenchNode.url();
  }

  @Override
  public void build(Path folder, CorpusFile corpus, int threads) throws IOException {
    String alias = aliasFor(folder);
    for (String index : BenchNode.indicesOf(alias)) {
      BenchNode.deleteIndex(index);
    }
    try (ElasticsearchSearchIndex index = ElasticsearchSearchIndex.open(settings(alias))) {
      CorpusFeeder.feed(corpus, threads, CopseLuceneEngine.BATCH, batch -> index.apply(IndexBatch.upserts(batch)));
    }
  }

  @Override
  public EngineSearcher open(Path folder) {
    return new CopsePortSearcher(ElasticsearchSearchIndex.open(settings(aliasFor(folder))));
  }

  /** The primaries' store size, as the node reports it. */
  @Override
  public long indexBytes(Path folder) {
    try (ElasticsearchSearchIndex index = ElasticsearchSearchIndex.open(settings(aliasFor(folder)))) {
      return index.stats().sizeBytes();
    }
  }

  private static ElasticsearchSettings settings(String alias) {
    return ElasticsearchSettings.of(BenchNode.url()).withAlias(alias).withLayout(1, 0);
  }

  static String aliasFor(Path folder) {
    return "bench-" + folder.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
  }
}
