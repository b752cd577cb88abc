package org.copse.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Completions: titles and key phrases of readable contributions in which a word starts with what
 * was typed (at least {@link #MIN_PREFIX_CHARS} characters), ranked by how many readable contributions carry them, then shortest, then
 * alphabetical. The prefix is matched as literal text (no wildcard syntax).
 */
final class Suggestions {

  /** Fewer typed characters than this complete nothing: one letter would match most titles. */
  static final int MIN_PREFIX_CHARS = 2;
  /** The most typed characters looked at. */
  static final int MAX_PREFIX_CHARS = 100;
  /** The most matching contributions read per completion request. */
  static final int MAX_DOCS_READ = 5_000;

  private static final Comparator<Map.Entry<String, Integer>> BEST_FIRST =
      Map.Entry.<String, Integer>comparingByValue().reversed()
          .thenComparing(e -> e.getKey().length())
          .thenComparing(Map.Entry.comparingByKey());

  private Suggestions() {}

  static List<String> suggest(IndexSearcher searcher, Query access, String typed, int limit) throws IOException {
    String prefix = normalise(typed.length() > MAX_PREFIX_CHARS ? typed.substring(0, MAX_PREFIX_CHARS) : typed);
    if (prefix.length() < MIN_PREFIX_CHARS) {
      return List.of();
    }
    Query query = new BooleanQuery.Builder()
        .add(new PrefixQuery(new Term(Fields.SUGGEST, prefix)), Occur.FILTER)
        .add(access, Occur.FILTER)
        .build();
    Map<String, Integer> counts = new HashMap<>();
    searcher.search(query, new SimpleCollector() {
      private SortedSetDocValues displays;
      private int read;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        displays = DocValues.getSortedSet(context.reader(), Fields.SUGGEST_DISPLAY);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (++read > MAX_DOCS_READ) {
          throw new CollectionTerminatedException();
        }
        if (displays.advanceExact(doc)) {
          for (int k = displays.docValueCount(); k > 0; k--) {
            String display = displays.lookupOrd(displays.nextOrd()).utf8ToString();
            if (completes(display, prefix)) {
              counts.merge(display, 1, Integer::sum);
            }
          }
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    List<String> best = new ArrayList<>();
    counts.entrySet().stream().sorted(BEST_FIRST).limit(limit).forEach(e -> best.add(e.getKey()));
    return best;
  }

  /** Lower case, single spaces, trimmed: the form completion terms and prefixes are compared in. */
  static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The text from each of its first {@code maxWords} words to its end. */
  static Set<String> wordStarts(String normalised, int maxWords) {
    Set<String> starts = new LinkedHashSet<>();
    int from = 0;
    for (int word = 0; word < maxWords && from < normalised.length(); word++) {
      starts.add(normalised.substring(from));
      int space = normalised.indexOf(' ', from);
      if (space < 0) {
        break;
      }
      from = space + 1;
    }
    return starts;
  }

  private static boolean completes(String display, String prefix) {
    return wordStarts(normalise(display), ContributionDocuments.MAX_SUGGEST_WORDS).stream()
        .anyMatch(start -> start.startsWith(prefix));
  }
}

