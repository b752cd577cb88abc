package org.copse.bench.corpus;

import java.util.List;
import org.copse.index.AccessScope;

/**
 * One benchmark question: what a viewer typed and what they may read.
 *
 * @param words 2–3 words, as typed
 * @param viewer what the viewer may read
 * @param communityId the community the viewer narrowed the search to
 */
public record BenchQuery(List<String> words, AccessScope viewer, String communityId) {
  public BenchQuery {
    words = List.copyOf(words);
  }

  /** The words as one query string, without filters. */
  public String text() {
    return String.join(" ", words);
  }

  /** The words with the community filter, in Copse's query syntax. */
  public String textWithCommunity() {
    return text() + " community:" + communityId;
  }
}
