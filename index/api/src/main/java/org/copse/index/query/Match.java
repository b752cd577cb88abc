package org.copse.index.query;

/** Text to look for: a single word or an exact phrase. Adapters analyse it as they analyse bodies. */
public sealed interface Match permits Match.Word, Match.Phrase {

  /** The text as the person typed it. */
  String text();

  /** A word, matched after stemming and synonyms. */
  record Word(String text) implements Match {}

  /** Words that must appear together and in order. */
  record Phrase(String text) implements Match {}
}
