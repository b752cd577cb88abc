package org.copse.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/** Paragraphs of real English prose (bundled licence texts), so that some text reads like text. */
final class ProsePassages {
  private final List<String> passages;

  private ProsePassages(List<String> passages) {
    this.passages = List.copyOf(passages);
  }

  static ProsePassages load() {
    try (InputStream raw = Objects.requireNonNull(ProsePassages.class.getResourceAsStream("prose.txt.gz"), "prose.txt.gz");
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      List<String> passages = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          passages.add(line.strip());
        }
      }
      return new ProsePassages(passages);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled prose passages", e);
    }
  }

  int size() {
    return passages.size();
  }

  String get(int index) {
    return passages.get(index);
  }
}
