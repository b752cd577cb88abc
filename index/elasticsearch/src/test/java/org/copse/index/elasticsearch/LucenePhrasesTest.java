package org.copse.index.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copse.index.SearchIndex;
import org.copse.index.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.io.TempDir;

/** The phrase cases on the embedded Lucene index, the behaviour Elasticsearch must match. */
class LucenePhrasesTest extends PhrasesContractTest {
  @TempDir Path folder;

  @Override
  protected SearchIndex newIndex() {
    try {
      return LuceneSearchIndex.open(Files.createTempDirectory(folder, "phrases-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
