package org.copse.bench.engine.raw;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.copse.bench.corpus.CorpusFile;
import org.copse.bench.engine.CorpusFeeder;
import org.copse.bench.engine.Engine;
import org.copse.index.Contribution;

/** The hand-tuned raw-Lucene baseline. */
public final class RawLuceneEngine implements Engine {

  static final double RAM_BUFFER_MB = 256;
  private static final int BATCH = 500;

  @Override
  public String name() {
    return "raw-lucene";
  }

  @Override
  public void build(Path folder, CorpusFile corpus, int threads) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(RawSchema.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setUseCompoundFile(false);
    try (FSDirectory directory = FSDirectory.open(folder);
        IndexWriter writer = new IndexWriter(directory, config)) {
      CorpusFeeder.feed(corpus, threads, BATCH, batch -> {
        for (Contribution c : batch) {
          writer.addDocument(RawSchema.document(c));
        }
      });
      writer.commit();
    }
  }

  @Override
  public RawLuceneSearcher open(Path folder) throws IOException {
    return RawLuceneSearcher.open(folder);
  }

}
