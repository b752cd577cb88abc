package org.copse.index.lucene;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.copse.index.SearchIndex;
import org.copse.index.SearchIndexContractTest;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Lucene index passes the whole {@link SearchIndexContractTest}. */
class LuceneSearchIndexTest extends SearchIndexContractTest {

  @TempDir
  static Path root;

  private final AtomicInteger counter = new AtomicInteger();
  private final Map<SearchIndex, Path> paths = new ConcurrentHashMap<>();

  @Override
  protected SearchIndex newIndex() {
    Path path = root.resolve("index-" + counter.incrementAndGet());
    LuceneSearchIndex index = LuceneSearchIndex.open(path, LuceneSettings.defaults().withRamBufferMb(16));
    paths.put(index, path);
    return index;
  }

  @Override
  protected SearchIndex reopen(SearchIndex index) {
    Path path = paths.remove(index);
    index.close();
    LuceneSearchIndex again = LuceneSearchIndex.open(path, LuceneSettings.defaults().withRamBufferMb(16));
    paths.put(again, path);
    return again;
  }
}
