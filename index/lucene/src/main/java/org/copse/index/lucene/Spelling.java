package org.copse.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.copse.index.query.Match;
import org.copse.index.query.UserQuery;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean": a word that no readable contribution contains is replaced by the closest word
 * that readable contributions do contain (fewest edits, then most readable contributions, then
 * alphabetical). Candidates come from the whole index's words, but each is kept only if the scope
 * can read a contribution with it, and ranked by what the scope can read, so content outside the
 * scope changes nothing.
 */
final class Spelling {

  /** Words shorter than this are not corrected. */
  static final int MIN_WORD_LENGTH = 3;
  /** A safety bound on index words looked at per misspelt word; two edits rarely reach it. */
  static final int MAX_CANDIDATES = 20_000;
  /** Readable frequencies are counted up to this: enough to rank candidates. */
  private static final int FREQUENCY_CAP = 10_000;

  private final Analyzer words;

  Spelling(Analyzer words) {
    this.words = words;
  }

  /** The query text with its misspelt words corrected, or null if nothing needed or could be. */
  @Nullable String correct(UserQuery query, ScopedTerms scoped, Terms allWords) throws IOException {
    Map<String, String> replacements = new LinkedHashMap<>();
    for (Match match : query.positiveMatches()) {
      if (!(match instanceof Match.Word)) {
        continue;
      }
      for (String word : tokens(match.text())) {
        if (word.length() < MIN_WORD_LENGTH || replacements.containsKey(word)
            || scoped.exists(new Term(Fields.SPELLING, word))) {
          continue;
        }
        String best = closest(word, scoped, allWords);
        if (best != null) {
          replacements.put(word, best);
        }
      }
    }
    if (replacements.isEmpty()) {
      return null;
    }
    String corrected = query.text();
    for (Map.Entry<String, String> r : replacements.entrySet()) {
      Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(r.getKey()) + "(?![\\p{L}\\p{N}])")
          .matcher(corrected);
      corrected = m.replaceAll(Matcher.quoteReplacement(r.getValue()));
    }
    return corrected.equals(query.text()) ? null : corrected;
  }

  /** The index's words for spelling, across segments; null if there are none. */
  static @Nullable Terms allWords(org.apache.lucene.index.IndexReader reader) throws IOException {
    return MultiTerms.getTerms(reader, Fields.SPELLING);
  }

  /**
   * Every index word within the edit budget is a candidate (the enumeration is bounded by the
   * automaton, not by a count that unreadable words could crowd); the fewest-edit candidates are
   * weighed first, by what the scope can read.
   */
  private @Nullable String closest(String word, ScopedTerms scoped, Terms allWords) throws IOException {
    int maxEdits = word.length() <= 4 ? 1 : 2;
    FuzzyTermsEnum candidates = new FuzzyTermsEnum(allWords, new Term(Fields.SPELLING, word), maxEdits, 1, true);
    TreeMap<Integer, List<String>> byEdits = new TreeMap<>();
    int seen = 0;
    for (BytesRef term = candidates.next(); term != null && seen < MAX_CANDIDATES; term = candidates.next(), seen++) {
      String candidate = term.utf8ToString();
      int edits = editDistance(word, candidate);
      if (edits > 0 && edits <= maxEdits) {
        byEdits.computeIfAbsent(edits, e -> new ArrayList<>()).add(candidate);
      }
    }
    for (List<String> sameEdits : byEdits.values()) {
      String best = null;
      int bestFreq = 0;
      for (String candidate : sameEdits) {
        int freq = scoped.docFreq(new Term(Fields.SPELLING, candidate), FREQUENCY_CAP);
        if (freq > bestFreq || (freq > 0 && freq == bestFreq && candidate.compareTo(best) < 0)) {
          best = candidate;
          bestFreq = freq;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = words.tokenStream(Fields.SPELLING, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString().toLowerCase(Locale.ROOT));
      }
      stream.end();
    }
    return out;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
