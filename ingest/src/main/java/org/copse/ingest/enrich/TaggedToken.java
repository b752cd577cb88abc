package org.copse.ingest.enrich;

import java.util.Objects;

/**
 * A token as the tagger left it.
 *
 * @param word the token as written
 * @param lemma its dictionary form
 * @param tag its Penn Treebank part-of-speech tag ({@code NN}, {@code JJ}, …)
 */
public record TaggedToken(String word, String lemma, String tag) {
  public TaggedToken {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(tag, "tag");
  }
}
