package org.copse.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copse.index.AccessScope;
import org.copse.index.InvalidQueryException;
import org.copse.index.query.Match;
import org.copse.index.query.UserQuery;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean" without leaks. The term suggester proposes candidates from the whole index
 * (its term dictionary knows no scopes), so nothing it says is trusted: a word counts as misspelt
 * only if it matches nothing in the viewer's scope, a candidate is taken only if it matches
 * something in scope, candidates are ranked by edit distance and scoped counts (never by
 * collection-wide frequencies), and the corrected query is offered only if it finds more in scope
 * than the query as typed. A term that exists only in communities the viewer cannot read can
 * therefore never be suggested, nor change which suggestion is made.
 */
final class SpellingCorrector {
  static final String FIELD = "spelling";
  private static final int CANDIDATES = 20;
  private static final int MIN_WORD_LENGTH = 3;
  private static final String WORDS = "words";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final ElasticsearchClient client;
  private final String alias;

  SpellingCorrector(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
  }

  /** A corrected query text, or null when no correction finds more in scope. */
  @Nullable String correct(UserQuery query, AccessScope scope, long totalInScope) throws IOException {
    if (scope.isEmpty()) {
      return null; // nothing is in scope, so no correction can find more
    }
    Set<String> words = new LinkedHashSet<>();
    for (Match match : query.positiveMatches()) {
      if (match instanceof Match.Word) {
        Matcher found = WORD.matcher(match.text().toLowerCase(Locale.ROOT));
        while (found.find()) {
          if (found.group().length() >= MIN_WORD_LENGTH) {
            words.add(found.group());
          }
        }
      }
    }
    Map<String, String> corrections = new LinkedHashMap<>();
    Map<String, Long> inScope = scopedCounts(words, scope);
    for (String word : words) {
      if (inScope.get(word) == 0) {
        String replacement = bestCandidate(word, scope);
        if (replacement != null) {
          corrections.put(word, replacement);
        }
      }
    }
    if (corrections.isEmpty()) {
      return null;
    }
    String corrected = replaceWords(query.text(), corrections);
    UserQuery correctedQuery;
    try {
      correctedQuery = UserQuery.parse(corrected);
    } catch (InvalidQueryException e) {
      return null;
    }
    long found = client.count(c -> c.index(alias).query(QueryTranslator.translate(correctedQuery, scope))).count();
    return found > totalInScope ? corrected : null;
  }

  private @Nullable String bestCandidate(String word, AccessScope scope) throws IOException {
    var response = client.search(s -> s.index(alias).size(0).suggest(sg -> sg.suggesters("spelling", fs -> fs
        .text(word).term(t -> t.field(FIELD).size(CANDIDATES).suggestMode(SuggestMode.Always).maxEdits(2)
            .prefixLength(1).minWordLength(MIN_WORD_LENGTH)))), ContributionDocument.class);
    Set<String> candidates = new LinkedHashSet<>();
    for (Suggestion<ContributionDocument> suggestion : response.suggest().getOrDefault("spelling", List.of())) {
      for (TermSuggestOption option : suggestion.term().options()) {
        candidates.add(option.text());
      }
    }
    record Scored(String text, int distance, long count) {}
    List<Scored> verified = new ArrayList<>();
    scopedCounts(candidates, scope).forEach((candidate, inScope) -> {
      if (inScope > 0) {
        verified.add(new Scored(candidate, distance(word, candidate), inScope));
      }
    });
    return verified.stream()
        .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::count, Comparator.reverseOrder())
            .thenComparing(Scored::text))
        .map(Scored::text).orElse(null);
  }

  /**
   * How many contributions in scope hold each word, in one request: a filters aggregation, one
   * bucket per word, over the scope (a search per word cost a round trip each).
   */
  private Map<String, Long> scopedCounts(Set<String> words, AccessScope scope) throws IOException {
    if (words.isEmpty()) {
      return Map.of();
    }
    Map<String, Query> perWord = new LinkedHashMap<>();
    for (String word : words) {
      perWord.put(word, Query.of(q -> q.match(m -> m.field(FIELD).query(word))));
    }
    var response = client.search(s -> s.index(alias).size(0).trackTotalHits(t -> t.enabled(false))
        .query(QueryTranslator.scopeFilter(scope))
        .aggregations(WORDS, a -> a.filters(f -> f.filters(b -> b.keyed(perWord)))), ContributionDocument.class);
    Map<String, FiltersBucket> buckets = response.aggregations().get(WORDS).filters().buckets().keyed();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String word : words) {
      FiltersBucket bucket = buckets.get(word);
      counts.put(word, bucket == null ? 0L : bucket.docCount());
    }
    return counts;
  }

  /** Replaces whole words, ignoring case, keeping everything else as typed. */
  static String replaceWords(String text, Map<String, String> corrections) {
    Matcher words = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (words.find()) {
      String replacement = corrections.get(words.group().toLowerCase(Locale.ROOT));
      words.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? words.group() : replacement));
    }
    words.appendTail(out);
    return out.toString();
  }

  /** Levenshtein distance, for ranking candidates by what the viewer typed alone. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
