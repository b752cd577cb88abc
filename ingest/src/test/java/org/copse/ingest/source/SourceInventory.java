package org.copse.ingest.source;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A manual check, not a test: reads a real source and logs items per kind, members and skips by
 * reason, and the time taken. Usage: {@code SourceInventory <type> <path> [community]}.
 */
public final class SourceInventory {
  private static final Logger LOG = LoggerFactory.getLogger(SourceInventory.class);

  private SourceInventory() {}

  public static void main(String[] args) {
    SourceType type = SourceType.fromCode(args[0]).orElseThrow(() -> new IllegalArgumentException("unknown type " + args[0]));
    Source source = Sources.open(type, Path.of(args[1]), SourceOptions.forCommunity(args.length > 2 ? args[2] : "check"));
    long start = System.nanoTime();
    SourceDirectory directory = source.directory();
    long directoryMillis = (System.nanoTime() - start) / 1_000_000;
    Map<String, Integer> kinds = new TreeMap<>();
    Map<String, Integer> skips = new TreeMap<>();
    Map<String, Integer> roles = new TreeMap<>();
    int items = 0;
    long itemsStart = System.nanoTime();
    try (SourceCursor cursor = source.items(skip -> skips.merge(skip.reason().name(), 1, Integer::sum))) {
      while (cursor.hasNext()) {
        SourceItem item = cursor.next();
        items++;
        kinds.merge(item.draft().kind().name(), 1, Integer::sum);
        item.draft().contributors().forEach(c -> roles.merge(c.role().name(), 1, Integer::sum));
      }
    }
    long itemsMillis = (System.nanoTime() - itemsStart) / 1_000_000;
    String line = String.format("%s: %d items %s; roles %s; %d members, %d communities, %d memberships; skipped %s;"
            + " directory %d ms, items %d ms", source.name(), items, kinds, roles, directory.members().size(),
        directory.communities().size(), directory.memberships().size(), skips, directoryMillis, itemsMillis);
    LOG.info(line);
  }
}
