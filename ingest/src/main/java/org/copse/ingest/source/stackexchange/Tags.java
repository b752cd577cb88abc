package org.copse.ingest.source.stackexchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses a post's tags, written {@code <a><b>} in older dumps and {@code |a|b|} in newer ones. */
final class Tags {
  private Tags() {}

  static List<String> parse(String tags) {
    Set<String> out = new LinkedHashSet<>();
    for (String tag : tags.split("[<>|]")) {
      String clean = tag.strip().toLowerCase(Locale.ROOT);
      if (!clean.isEmpty()) {
        out.add(clean);
      }
    }
    return new ArrayList<>(out);
  }
}
