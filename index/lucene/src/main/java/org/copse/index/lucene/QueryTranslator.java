package org.copse.index.lucene;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.copse.index.SearchField;
import org.copse.index.query.Alternatives;
import org.copse.index.query.FieldFilter;
import org.copse.index.query.Match;
import org.copse.index.query.UserQuery;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed {@link UserQuery} into Lucene queries built from analysed terms only (never
 * Lucene's query parser, so no wildcard, regex or fuzzy syntax can reach the index).
 *
 * <p>Runs of plain words are analysed together, so that multi-word synonyms ("anti-social
 * behaviour" ↔ "asb") are found across word boundaries; every resulting word is required. Phrases
 * are analysed without synonyms. Each positive part also adds an optional, boosted match on the
 * title, which ranks title matches first without changing what matches.
 */
final class QueryTranslator {

  private final QueryBuilder words;
  private final QueryBuilder phrases;
  private final float titleBoost;

  QueryTranslator(Analysis analysis, float titleBoost) {
    this.words = new QueryBuilder(analysis.query());
    this.words.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    this.phrases = new QueryBuilder(analysis.index());
    this.titleBoost = titleBoost;
  }

  /** The whole query: text, exclusions, field filters and dates, without the access filter. */
  Query translate(UserQuery query) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(text(query), Occur.MUST);
    for (Match excluded : query.excluded()) {
      Query match = match(Fields.ALL, excluded);
      if (match != null) {
        all.add(match, Occur.MUST_NOT);
      }
    }
    addFilters(all, query.filters());
    Query dates = dates(query.after(), query.before());
    if (dates != null) {
      all.add(dates, Occur.FILTER);
    }
    return all.build();
  }

  /** What the words and phrases of the query match, with the title boost; all docs if none. */
  Query text(UserQuery query) {
    if (!query.hasText()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder text = new BooleanQuery.Builder();
    boolean any = false;
    for (List<Alternatives> run : runs(query.required())) {
      Query required = required(Fields.ALL, run);
      if (required == null) {
        continue;
      }
      any = true;
      text.add(required, Occur.MUST);
      Query title = required(Fields.TITLE, run);
      if (title != null) {
        text.add(new BoostQuery(title, titleBoost), Occur.SHOULD);
      }
    }
    // the person asked for words that are all stop words or punctuation: nothing can match
    return any ? text.build() : new MatchNoDocsQuery("no searchable words");
  }

  /** The positive words and phrases on one field, each optional: what snippets mark. */
  @Nullable Query highlight(UserQuery query, String field) {
    BooleanQuery.Builder marks = new BooleanQuery.Builder();
    boolean any = false;
    for (Match match : query.positiveMatches()) {
      Query q = match(field, match);
      if (q != null) {
        marks.add(q, Occur.SHOULD);
        any = true;
      }
    }
    return any ? marks.build() : null;
  }

  /**
   * Consecutive one-word parts become one run (analysed together for synonyms); a part with
   * alternatives or a phrase is a run of its own.
   */
  private static List<List<Alternatives>> runs(List<Alternatives> required) {
    List<List<Alternatives>> runs = new ArrayList<>();
    List<Alternatives> current = new ArrayList<>();
    for (Alternatives part : required) {
      boolean plainWord = part.anyOf().size() == 1 && part.anyOf().get(0) instanceof Match.Word;
      if (plainWord) {
        current.add(part);
        continue;
      }
      if (!current.isEmpty()) {
        runs.add(current);
        current = new ArrayList<>();
      }
      runs.add(List.of(part));
    }
    if (!current.isEmpty()) {
      runs.add(current);
    }
    return runs;
  }

  private @Nullable Query required(String field, List<Alternatives> run) {
    if (run.size() == 1 && run.get(0).anyOf().size() > 1) {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      boolean any = false;
      for (Match match : run.get(0).anyOf()) {
        Query q = match(field, match);
        if (q != null) {
          either.add(q, Occur.SHOULD);
          any = true;
        }
      }
      return any ? either.build() : null;
    }
    if (run.size() == 1 && run.get(0).anyOf().get(0) instanceof Match.Phrase phrase) {
      return match(field, phrase);
    }
    StringBuilder joined = new StringBuilder();
    for (Alternatives part : run) {
      joined.append(part.anyOf().get(0).text()).append(' ');
    }
    return words.createBooleanQuery(field, joined.toString(), Occur.MUST);
  }

  private @Nullable Query match(String field, Match match) {
    if (match instanceof Match.Phrase phrase) {
      return phrases.createPhraseQuery(field, phrase.text());
    }
    return words.createBooleanQuery(field, match.text(), Occur.MUST);
  }

  private static void addFilters(BooleanQuery.Builder all, List<FieldFilter> filters) {
    Map<SearchField, BooleanQuery.Builder> wanted = new EnumMap<>(SearchField.class);
    for (FieldFilter filter : filters) {
      Query term = new TermQuery(new Term(Fields.filter(filter.field()), ContributionDocuments.normalise(filter.value())));
      if (filter.excluded()) {
        all.add(term, Occur.MUST_NOT);
      } else {
        wanted.computeIfAbsent(filter.field(), f -> new BooleanQuery.Builder()).add(term, Occur.SHOULD);
      }
    }
    wanted.values().forEach(anyOf -> all.add(anyOf.build(), Occur.FILTER));
  }

  private static @Nullable Query dates(@Nullable LocalDate after, @Nullable LocalDate before) {
    if (after == null && before == null) {
      return null;
    }
    long from = after == null ? Long.MIN_VALUE : after.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    long to = before == null ? Long.MAX_VALUE : before.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
    return LongPoint.newRangeQuery(Fields.CREATED, from, to);
  }
}
