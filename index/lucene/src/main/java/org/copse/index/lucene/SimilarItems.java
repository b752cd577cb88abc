package org.copse.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.copse.index.Contribution;
import org.jspecify.annotations.Nullable;

/**
 * "More like this" whose choice of words depends only on what the scope can read: the source's
 * words are weighed by their frequency in it and their rarity among readable contributions (not
 * the whole index), and the best become an optional-words query.
 */
final class SimilarItems {

  /** How much of the source text is read. */
  static final int MAX_SOURCE_CHARS = 10_000;
  /** The most distinct source words whose readable frequency is counted. */
  static final int MAX_WORDS_WEIGHED = 60;
  /**
   * Counting stops at this share of the readable contributions: a word that common weighs little
   * anyway, and counting it fully would dominate the cost.
   */
  static final int COMMON_SHARE_DIVISOR = 20;
  /** The words the query is built from. */
  static final int MAX_QUERY_WORDS = 25;

  private final Analyzer analyzer;

  SimilarItems(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A query for contributions like {@code source}, or null if it has no distinctive words. */
  @Nullable Query like(Contribution source, ScopedTerms scoped) throws IOException {
    Map<String, Integer> frequencies = termFrequencies(source);
    List<Map.Entry<String, Integer>> frequent = frequencies.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_WORDS_WEIGHED)
        .toList();
    int readable = scoped.readableDocs();
    int cap = Math.max(100, readable / COMMON_SHARE_DIVISOR);
    List<Weighted> weighted = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : frequent) {
      int docFreq = scoped.docFreq(new Term(Fields.ALL, entry.getKey()), cap);
      if (docFreq <= 1) {
        continue; // only the source itself has it
      }
      double idf = Math.log(1 + (readable - docFreq + 0.5) / (docFreq + 0.5));
      weighted.add(new Weighted(entry.getKey(), entry.getValue() * idf));
    }
    if (weighted.isEmpty()) {
      return null;
    }
    weighted.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::term));
    List<Weighted> best = weighted.subList(0, Math.min(MAX_QUERY_WORDS, weighted.size()));
    double top = best.get(0).weight();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Weighted w : best) {
      float boost = (float) Math.max(w.weight() / top, 0.01);
      query.add(new BoostQuery(new TermQuery(new Term(Fields.ALL, w.term())), boost), Occur.SHOULD);
    }
    query.add(new TermQuery(new Term(Fields.THREAD, source.threadId())), Occur.MUST_NOT);
    query.add(new TermQuery(new Term(Fields.ID, source.id())), Occur.MUST_NOT);
    return query.build();
  }

  private Map<String, Integer> termFrequencies(Contribution source) throws IOException {
    StringBuilder text = new StringBuilder(source.title()).append('\n').append(source.body());
    source.tags().forEach(t -> text.append('\n').append(t));
    source.keyPhrases().forEach(p -> text.append('\n').append(p));
    String limited = text.length() > MAX_SOURCE_CHARS ? text.substring(0, MAX_SOURCE_CHARS) : text.toString();
    Map<String, Integer> frequencies = new HashMap<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.ALL, limited)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = term.toString();
        if (word.length() >= 3 && !word.chars().allMatch(Character::isDigit)) {
          frequencies.merge(word, 1, Integer::sum);
        }
      }
      stream.end();
    }
    return frequencies;
  }

  private record Weighted(String term, double weight) {}
}
