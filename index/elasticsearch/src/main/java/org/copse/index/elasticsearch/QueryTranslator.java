package org.copse.index.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copse.index.AccessScope;
import org.copse.index.SearchField;
import org.copse.index.query.Alternatives;
import org.copse.index.query.FieldFilter;
import org.copse.index.query.Match;
import org.copse.index.query.UserQuery;

/**
 * Turns a {@link UserQuery} and an {@link AccessScope} into Elasticsearch's query DSL, with the same
 * meaning as the Lucene adapter's translation:
 *
 * <ul>
 *   <li>Consecutive single-word parts are analysed together as one run in which every word is
 *       required, so that multi-word synonyms ({@code freedom of information} = {@code FOI}) are
 *       recognised; a part with {@code OR} becomes a disjunction; a quoted phrase is a phrase
 *       query on its words, stemmed but without synonyms.
 *   <li>Matching is on {@code text} (title, body, tags, entities and key phrases, stemmed, with
 *       synonyms at query time); {@code title} (boosted) and {@code body} add to the score.
 *   <li>Field filters are exact (case-insensitive for ids, tags and entities); values of one field
 *       are alternatives; creation days are UTC.
 *   <li>The scope is a terms filter on {@code communityId} in every query built here.
 * </ul>
 */
final class QueryTranslator {
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String COMMUNITY = "communityId";
  static final float TITLE_BOOST = 3.0f;
  /** The index-time analyzer: stemming without synonyms. */
  static final String PHRASE_ANALYZER = "copse_english";

  private QueryTranslator() {}

  /** The whole query for a search: text, exclusions, filters, dates and scope. */
  static Query translate(UserQuery query, AccessScope scope) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    List<Part> parts = requiredParts(query);
    for (Part part : parts) {
      bool.must(part.scored());
    }
    if (!parts.isEmpty()) {
      // as on Lucene, a part whose words are all stop words is left out, but a query of nothing
      // else finds nothing: at least one part must have words to match
      List<Query> searchable = parts.stream().map(Part::searchable).toList();
      bool.filter(Query.of(q -> q.bool(b -> b.should(searchable).minimumShouldMatch("1"))));
    }
    for (Match excluded : query.excluded()) {
      bool.mustNot(matchOn(TEXT, excluded, ZeroTermsQuery.None));
    }
    addFilters(bool, query);
    bool.filter(scopeFilter(scope));
    return Query.of(q -> q.bool(bool.build()));
  }

  /** Restricts any query to the scope's communities. */
  static Query scoped(Query query, AccessScope scope) {
    return Query.of(q -> q.bool(b -> b.must(query).filter(scopeFilter(scope))));
  }

  /** Only contributions of the scope's communities; nothing at all for an empty scope. */
  static Query scopeFilter(AccessScope scope) {
    List<FieldValue> ids = scope.communityIds().stream().sorted().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(COMMUNITY).terms(v -> v.value(ids))));
  }

  /** What snippets mark: the positive words and phrases, on the body and the title. */
  static Query highlightQuery(UserQuery query) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    for (List<Match> run : runs(query)) {
      for (String field : List.of(BODY, TITLE)) {
        bool.should(run.size() == 1 ? matchOn(field, run.get(0), ZeroTermsQuery.None)
            : wordsOn(field, run, Operator.Or, ZeroTermsQuery.None));
      }
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  /**
   * One required part of the text.
   *
   * @param scored what the part matches, with the title and body scoring; everything if its words
   *     are all stop words (it is then left out, as the Lucene adapter does)
   * @param searchable what the part matches; nothing if its words are all stop words
   */
  private record Part(Query scored, Query searchable) {}

  private static List<Part> requiredParts(UserQuery query) {
    List<Part> parts = new ArrayList<>();
    List<Match> words = new ArrayList<>();
    for (Alternatives alternatives : query.required()) {
      List<Match> anyOf = alternatives.anyOf();
      if (anyOf.size() == 1 && anyOf.get(0) instanceof Match.Word word) {
        words.add(word);
        continue;
      }
      flushRun(words, parts);
      if (anyOf.size() == 1) {
        parts.add(part(List.of(anyOf.get(0))));
      } else {
        List<Query> either = anyOf.stream().map(m -> scoredMatch(List.of(m), ZeroTermsQuery.None)).toList();
        Query any = Query.of(q -> q.bool(b -> b.should(either).minimumShouldMatch("1")));
        parts.add(new Part(any, any));
      }
    }
    flushRun(words, parts);
    return parts;
  }

  private static void flushRun(List<Match> words, List<Part> parts) {
    if (!words.isEmpty()) {
      parts.add(part(List.copyOf(words)));
      words.clear();
    }
  }

  private static Part part(List<Match> run) {
    return new Part(scoredMatch(run, ZeroTermsQuery.All), requiredMatch(run, ZeroTermsQuery.None));
  }

  /** A required run of words (or one phrase), matched on {@code text}, scored on title and body. */
  private static Query scoredMatch(List<Match> run, ZeroTermsQuery zeroTerms) {
    Query required = requiredMatch(run, zeroTerms);
    Query title = boosted(run.size() == 1 ? matchOn(TITLE, run.get(0), ZeroTermsQuery.None)
        : wordsOn(TITLE, run, Operator.Or, ZeroTermsQuery.None));
    Query body = run.size() == 1 ? matchOn(BODY, run.get(0), ZeroTermsQuery.None)
        : wordsOn(BODY, run, Operator.Or, ZeroTermsQuery.None);
    return Query.of(q -> q.bool(b -> b.must(required).should(title).should(body)));
  }

  private static Query requiredMatch(List<Match> run, ZeroTermsQuery zeroTerms) {
    return run.size() == 1 ? matchOn(TEXT, run.get(0), zeroTerms) : wordsOn(TEXT, run, Operator.And, zeroTerms);
  }

  private static Query boosted(Query query) {
    return Query.of(q -> q.bool(b -> b.should(query).boost(TITLE_BOOST)));
  }

  private static Query matchOn(String field, Match match, ZeroTermsQuery zeroTerms) {
    if (match instanceof Match.Phrase phrase) {
      // a quoted phrase means these words: synonyms would turn it into a graph that loses the
      // position gaps stop words leave ("discharge to assess"), so phrases skip them
      return Query.of(q -> q.matchPhrase(m -> m.field(field).query(phrase.text()).analyzer(PHRASE_ANALYZER)
          .zeroTermsQuery(zeroTerms)));
    }
    return Query.of(q -> q.match(m -> m.field(field).query(match.text()).operator(Operator.And)
        .zeroTermsQuery(zeroTerms)));
  }

  private static Query wordsOn(String field, List<Match> words, Operator operator, ZeroTermsQuery zeroTerms) {
    String text = String.join(" ", words.stream().map(Match::text).toList());
    return Query.of(q -> q.match(m -> m.field(field).query(text).operator(operator).zeroTermsQuery(zeroTerms)));
  }

  /** The runs of words and the phrases, as {@link #requiredParts} groups them, for highlighting. */
  private static List<List<Match>> runs(UserQuery query) {
    List<List<Match>> runs = new ArrayList<>();
    List<Match> words = new ArrayList<>();
    for (Alternatives alternatives : query.required()) {
      List<Match> anyOf = alternatives.anyOf();
      if (anyOf.size() == 1 && anyOf.get(0) instanceof Match.Word word) {
        words.add(word);
        continue;
      }
      if (!words.isEmpty()) {
        runs.add(List.copyOf(words));
        words.clear();
      }
      anyOf.forEach(m -> runs.add(List.of(m)));
    }
    if (!words.isEmpty()) {
      runs.add(List.copyOf(words));
    }
    return runs;
  }

  private static void addFilters(BoolQuery.Builder bool, UserQuery query) {
    Map<SearchField, List<FieldValue>> wanted = new EnumMap<>(SearchField.class);
    for (FieldFilter filter : query.filters()) {
      FieldValue value = FieldValue.of(filterValue(filter));
      if (filter.excluded()) {
        bool.mustNot(Query.of(q -> q.term(t -> t.field(filterField(filter.field())).value(value))));
      } else {
        wanted.computeIfAbsent(filter.field(), f -> new ArrayList<>()).add(value);
      }
    }
    wanted.forEach((field, values) ->
        bool.filter(Query.of(q -> q.terms(t -> t.field(filterField(field)).terms(v -> v.value(values))))));
    LocalDate after = query.after();
    LocalDate before = query.before();
    if (after != null || before != null) {
      bool.filter(Query.of(q -> q.range(r -> r.date(d -> {
        d.field("created");
        if (after != null) {
          d.gte(after.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        if (before != null) {
          d.lt(before.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        return d;
      }))));
    }
  }

  /** The field a filter compares with; ids, tags and entities through their lower-cased copy. */
  static String filterField(SearchField field) {
    return switch (field) {
      case COMMUNITY -> "communityId.folded";
      case TYPE -> "kind";
      case AUTHOR -> "authorIds.folded";
      case TAG -> "tags.folded";
      case ENTITY -> "entities.folded";
      case YEAR -> "year";
    };
  }

  /** The field a facet counts, holding values as indexed. */
  static String facetField(SearchField field) {
    return switch (field) {
      case COMMUNITY -> COMMUNITY;
      case TYPE -> "kind";
      case AUTHOR -> "authorIds";
      case TAG -> "tags";
      case ENTITY -> "entities";
      case YEAR -> "year";
    };
  }

  private static String filterValue(FieldFilter filter) {
    return switch (filter.field()) {
      case TYPE, YEAR -> filter.value();
      default -> filter.value().toLowerCase(Locale.ROOT);
    };
  }
}
