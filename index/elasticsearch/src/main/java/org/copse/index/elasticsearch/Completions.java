package org.copse.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copse.index.AccessScope;

/**
 * Completions for a typed prefix: titles whose words start with what was typed (every word but the
 * last whole, the last as a prefix), then key phrases that start with it. Everything comes from one
 * scoped search, scored by constant rules (a title that starts with the prefix first, then newest),
 * never by term statistics, so content outside the scope cannot change the answer.
 */
final class Completions {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final String PHRASES = "phrases";

  private final ElasticsearchClient client;
  private final String alias;

  Completions(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
  }

  List<String> suggest(String prefix, AccessScope scope, int limit) throws IOException {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(prefix.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    if (words.isEmpty()) {
      return List.of();
    }
    String typed = prefix.strip().toLowerCase(Locale.ROOT);
    BoolQuery.Builder titleWords = new BoolQuery.Builder();
    for (int i = 0; i < words.size() - 1; i++) {
      String word = words.get(i);
      titleWords.filter(Query.of(q -> q.term(t -> t.field("title.plain").value(word))));
    }
    String last = words.get(words.size() - 1);
    titleWords.filter(Query.of(q -> q.prefix(p -> p.field("title.plain").value(last))));
    Query titles = Query.of(q -> q.bool(b -> b
        .must(Query.of(m -> m.constantScore(c -> c.filter(Query.of(t -> t.bool(titleWords.build()))).boost(1f))))
        .should(Query.of(s -> s.constantScore(c -> c.filter(Query.of(p -> p.prefix(x -> x.field("title.sort")
            .value(typed)))).boost(1f))))));
    Query scopedTitles = QueryTranslator.scoped(titles, scope);
    SearchResponse<TitleOnly> titleHits = client.search(s -> s.index(alias).query(scopedTitles)
        .size(limit * 3).collapse(c -> c.field("threadId"))
        .sort(o -> o.score(x -> x.order(SortOrder.Desc)))
        .sort(o -> o.field(f -> f.field("created").order(SortOrder.Desc)))
        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
        .source(src -> src.filter(f -> f.includes("title"))), TitleOnly.class);
    Map<String, String> unique = new LinkedHashMap<>();
    for (Hit<TitleOnly> hit : titleHits.hits().hits()) {
      TitleOnly doc = hit.source();
      if (doc != null && hasAllWords(doc.title(), words)) {
        unique.putIfAbsent(doc.title().toLowerCase(Locale.ROOT), doc.title());
      }
    }
    if (unique.size() < limit) {
      Query phrases = QueryTranslator.scoped(Query.of(q -> q.prefix(p -> p.field("keyPhrases").value(typed))), scope);
      SearchResponse<Void> phraseCounts = client.search(s -> s.index(alias).query(phrases).size(0)
          .aggregations(PHRASES, a -> a.terms(t -> t.field("keyPhrases").size(limit)
              .include(i -> i.regexp(escapeRegex(typed) + ".*"))
              .order(List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))))),
          Void.class);
      for (StringTermsBucket bucket : phraseCounts.aggregations().get(PHRASES).sterms().buckets().array()) {
        String phrase = bucket.key().stringValue();
        unique.putIfAbsent(phrase.toLowerCase(Locale.ROOT), phrase);
      }
    }
    return unique.values().stream().limit(limit).toList();
  }

  /** The only field completions read. */
  record TitleOnly(String title) {}

  /** Whether a title has the typed words (all but the last whole, the last as a prefix). */
  private static boolean hasAllWords(String title, List<String> words) {
    List<String> titleWords = new ArrayList<>();
    Matcher matcher = WORD.matcher(title.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      titleWords.add(matcher.group());
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean lastWord = i == words.size() - 1;
      if (titleWords.stream().noneMatch(w -> lastWord ? w.startsWith(word) : w.equals(word))) {
        return false;
      }
    }
    return true;
  }

  private static String escapeRegex(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (".?+*|{}[]()\"\\#@&<>~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
