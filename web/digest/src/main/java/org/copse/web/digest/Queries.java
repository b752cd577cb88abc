package org.copse.web.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.copse.index.AccessScope;
import org.copse.index.ContributionKind;
import org.copse.index.SearchField;
import org.copse.index.SearchRequest;
import org.copse.index.SortOrder;
import org.copse.index.query.Alternatives;
import org.copse.index.query.FieldFilter;
import org.copse.index.query.Match;
import org.copse.index.query.UserQuery;
import org.jspecify.annotations.Nullable;

/**
 * The index questions the digest asks, built as query trees rather than strings, so a tag or a
 * phrase taken from content can never change the query's meaning.
 */
final class Queries {
  private Queries() {}

  /** Everything created in the period. */
  static UserQuery inPeriod(DigestPeriod period) {
    return query(List.of(), List.of(), period.start(), period.end());
  }

  static UserQuery taggedInPeriod(String tag, DigestPeriod period) {
    return query(List.of(), List.of(new FieldFilter(SearchField.TAG, tag, false)), period.start(), period.end());
  }

  static UserQuery aboutInPeriod(String phrase, DigestPeriod period) {
    return query(List.of(new Alternatives(List.of(match(phrase)))), List.of(), period.start(), period.end());
  }

  /** A topic with no time limit: for finding people. */
  static UserQuery about(String topic) {
    return query(List.of(new Alternatives(List.of(match(topic)))), List.of(), null, null);
  }

  /** What a member took part in before a day. */
  static UserQuery byMemberBefore(String memberId, LocalDate before) {
    return query(List.of(), List.of(new FieldFilter(SearchField.AUTHOR, memberId, false)), null, before);
  }

  /** Answers created in a window. */
  static UserQuery answersBetween(LocalDate after, LocalDate before) {
    return query(List.of(), List.of(new FieldFilter(SearchField.TYPE, ContributionKind.FORUM_ANSWER.code(), false)),
        after, before);
  }

  /** A request for individual posts (not grouped by thread), without facets or highlighting. */
  static SearchRequest request(UserQuery query, AccessScope scope, SortOrder sort, int offset, int limit) {
    return new SearchRequest(query, scope, sort, offset, limit, Set.of(), SearchRequest.DEFAULT_FACET_LIMIT, false, false);
  }

  private static Match match(String text) {
    String clean = text.strip();
    return clean.contains(" ") ? new Match.Phrase(clean) : new Match.Word(clean);
  }

  private static UserQuery query(List<Alternatives> required, List<FieldFilter> filters, @Nullable LocalDate after,
      @Nullable LocalDate before) {
    return new UserQuery(required, List.of(), filters, after, before, "");
  }
}
