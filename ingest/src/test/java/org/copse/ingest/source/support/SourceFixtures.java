package org.copse.ingest.source.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.copse.index.Contribution;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceItem;

/** Test helpers: fixture paths, reading a whole source, gzip copies. */
public final class SourceFixtures {
  private SourceFixtures() {}

  /** The fixture under {@code src/test/resources/source/}. */
  public static Path fixture(String name) {
    URL url = SourceFixtures.class.getResource("/source/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A gzip copy of {@code file} in {@code folder}, named like it plus {@code .gz}. */
  public static Path gzip(Path file, Path folder) throws IOException {
    Path target = folder.resolve(file.getFileName() + ".gz");
    try (InputStream in = Files.newInputStream(file); OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
      in.transferTo(out);
    }
    return target;
  }

  /** Everything a source yields, and what it skipped. */
  public record Read(List<Contribution> items, List<SkippedItem> skipped) {
    public Contribution item(String id) {
      return items.stream().filter(c -> c.id().equals(id)).findFirst()
          .orElseThrow(() -> new AssertionError("no item " + id + " among " + ids()));
    }

    public List<String> ids() {
      return items.stream().map(Contribution::id).toList();
    }

    public Map<SkipReason, Integer> skipCounts() {
      Map<SkipReason, Integer> counts = new TreeMap<>();
      skipped.forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
      return counts;
    }
  }

  public static Read readAll(Source source) {
    List<Contribution> items = new ArrayList<>();
    List<SkippedItem> skipped = new ArrayList<>();
    try (SourceCursor cursor = source.items(skipped::add)) {
      while (cursor.hasNext()) {
        SourceItem item = cursor.next();
        items.add(item.draft());
      }
    }
    return new Read(items, skipped);
  }
}
