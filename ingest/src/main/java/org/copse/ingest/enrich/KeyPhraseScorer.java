package org.copse.ingest.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks key phrases from tagged sentences: noun phrases matching the pattern {@code (JJ|NN|NNS)*
 * (NN|NNS)} (common adjectives and nouns ending in a noun, at most {@link #MAX_WORDS} words; proper
 * nouns are left to named-entity recognition), compared by their lower-case lemmas so that "flood
 * defences" and "flood defence" count as one. A multi-word phrase also counts where it stands
 * inside a longer one ("flood defence" in "flood defence scheme"). A phrase scores its frequency
 * times a bonus for each extra word (multi-word phrases say more than single nouns), plus a bonus
 * for appearing in the first sentence; ties go to the phrase seen first. Plain and deterministic,
 * so it is tested on hand-made tokens without CoreNLP.
 */
public final class KeyPhraseScorer {
  public static final int MAX_WORDS = 4;
  static final double EXTRA_WORD_BONUS = 0.5;
  static final double FIRST_SENTENCE_BONUS = 1.0;

  private static final Set<String> STOP_WORDS = Set.of("thing", "way", "lot", "kind", "part", "number", "use",
      "time", "year", "day", "people", "etc", "e.g", "i.e", "page", "section", "other", "such", "many", "few",
      "same", "own", "new", "more", "most", "several", "various", "certain", "main", "able");

  private KeyPhraseScorer() {}

  /** The best {@code limit} phrases, best first, in lower case. */
  public static List<String> keyPhrases(List<List<TaggedToken>> sentences, int limit) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (List<TaggedToken> phrase : nounPhraseTokens(sentences.get(s))) {
        for (List<TaggedToken> span : spans(phrase)) {
          List<String> lemmas = lemmas(span);
          String key = String.join(" ", lemmas);
          Candidate candidate = candidates.computeIfAbsent(key, k -> new Candidate(k, lemmas.size(), candidates.size()));
          candidate.count++;
          candidate.inFirstSentence |= s == 0;
        }
      }
    }
    List<Candidate> ranked = new ArrayList<>(candidates.values());
    ranked.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(c -> c.firstSeen));
    return ranked.stream().limit(limit).map(c -> c.phrase).toList();
  }

  /** The maximal runs of adjectives and nouns in a sentence that end in a noun, as lemmas. */
  static List<List<String>> nounPhrases(List<TaggedToken> sentence) {
    return nounPhraseTokens(sentence).stream().map(KeyPhraseScorer::lemmas).toList();
  }

  /** A phrase itself and each shorter run of two or more of its words that ends in a noun. */
  private static List<List<TaggedToken>> spans(List<TaggedToken> phrase) {
    List<List<TaggedToken>> spans = new ArrayList<>();
    spans.add(phrase);
    for (int length = phrase.size() - 1; length >= 2; length--) {
      for (int start = 0; start + length <= phrase.size(); start++) {
        if (isNoun(phrase.get(start + length - 1))) {
          spans.add(phrase.subList(start, start + length));
        }
      }
    }
    return spans;
  }

  private static List<String> lemmas(List<TaggedToken> tokens) {
    return tokens.stream().map(t -> t.lemma().toLowerCase(Locale.ROOT)).toList();
  }

  private static List<List<TaggedToken>> nounPhraseTokens(List<TaggedToken> sentence) {
    List<List<TaggedToken>> phrases = new ArrayList<>();
    List<TaggedToken> run = new ArrayList<>();
    for (TaggedToken token : sentence) {
      if (isPhraseWord(token)) {
        run.add(token);
      } else {
        addPhrase(run, phrases);
        run.clear();
      }
    }
    addPhrase(run, phrases);
    return phrases;
  }

  private static void addPhrase(List<TaggedToken> run, List<List<TaggedToken>> phrases) {
    int end = run.size();
    while (end > 0 && !isNoun(run.get(end - 1))) {
      end--;
    }
    int start = Math.max(0, end - MAX_WORDS);
    while (start < end && !isNoun(run.get(start)) && !isAdjective(run.get(start))) {
      start++;
    }
    if (end - start < 1) {
      return;
    }
    phrases.add(List.copyOf(run.subList(start, end)));
  }

  private static boolean isPhraseWord(TaggedToken token) {
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    return (isNoun(token) || isAdjective(token)) && lemma.length() > 1 && lemma.chars().anyMatch(Character::isLetter)
        && lemma.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '\'')
        && !STOP_WORDS.contains(lemma);
  }

  /** A common noun: proper nouns ({@code NNP}, {@code NNPS}) are entities, not topics. */
  private static boolean isNoun(TaggedToken token) {
    return token.tag().equals("NN") || token.tag().equals("NNS");
  }

  private static boolean isAdjective(TaggedToken token) {
    return token.tag().startsWith("JJ");
  }

  private static final class Candidate {
    final String phrase;
    final int words;
    final int firstSeen;
    int count;
    boolean inFirstSentence;

    Candidate(String phrase, int words, int firstSeen) {
      this.phrase = phrase;
      this.words = words;
      this.firstSeen = firstSeen;
    }

    double score() {
      return count * (1 + EXTRA_WORD_BONUS * (words - 1)) + (inFirstSentence ? FIRST_SENTENCE_BONUS : 0);
    }
  }
}
