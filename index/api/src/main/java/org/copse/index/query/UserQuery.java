package org.copse.index.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A parsed query. Contributions match when they contain every required alternative, none of the
 * excluded matches, pass every filter, and were created on or after {@code after} and before
 * {@code before} (UTC days). A query with no required text matches everything its filters allow.
 *
 * @param required parts that must all match
 * @param excluded words and phrases that must not appear
 * @param filters field filters
 * @param after first creation day included, if any
 * @param before first creation day no longer included, if any
 * @param text the query as typed, normalised, for display and "did you mean"
 */
public record UserQuery(
    List<Alternatives> required,
    List<Match> excluded,
    List<FieldFilter> filters,
    @Nullable LocalDate after,
    @Nullable LocalDate before,
    String text) {

  public UserQuery {
    required = List.copyOf(required);
    excluded = List.copyOf(excluded);
    filters = List.copyOf(filters);
    Objects.requireNonNull(text, "text");
  }

  /** Parses what a person typed; see {@link QueryParser}. */
  public static UserQuery parse(String typed) {
    return QueryParser.parse(typed);
  }

  /** A query that matches everything in scope. */
  public static UserQuery all() {
    return new UserQuery(List.of(), List.of(), List.of(), null, null, "");
  }

  /** Whether the query asks for any text (and so has a relevance order and snippets to mark). */
  public boolean hasText() {
    return !required.isEmpty();
  }

  /** Every positive word and phrase, in order: what highlighting and spelling look at. */
  public List<Match> positiveMatches() {
    return required.stream().flatMap(a -> a.anyOf().stream()).toList();
  }

  /** The same query with one more filter. */
  public UserQuery withFilter(FieldFilter filter) {
    var more = new java.util.ArrayList<>(filters);
    more.add(filter);
    return new UserQuery(required, excluded, more, after, before, text);
  }
}
