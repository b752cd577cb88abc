package org.copse.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchField;
import org.copse.index.query.Match.Phrase;
import org.copse.index.query.Match.Word;
import org.junit.jupiter.api.Test;

class QueryParserTest {

  @Test
  void wordsAreAllRequired() {
    UserQuery q = UserQuery.parse("  housing   repairs ");
    assertThat(q.required()).containsExactly(
        new Alternatives(List.of(new Word("housing"))), new Alternatives(List.of(new Word("repairs"))));
    assertThat(q.text()).isEqualTo("housing repairs");
  }

  @Test
  void orJoinsNeighboursIntoAlternatives() {
    UserQuery q = UserQuery.parse("damp OR mould tenants");
    assertThat(q.required()).containsExactly(
        new Alternatives(List.of(new Word("damp"), new Word("mould"))),
        new Alternatives(List.of(new Word("tenants"))));
  }

  @Test
  void phrasesExclusionsAndFilters() {
    UserQuery q = UserQuery.parse("\"anti social behaviour\" -noise tag:\"Social Care\" -community:planning type:wiki author:m1");
    assertThat(q.required()).containsExactly(new Alternatives(List.of(new Phrase("anti social behaviour"))));
    assertThat(q.excluded()).containsExactly(new Word("noise"));
    assertThat(q.filters()).containsExactly(
        new FieldFilter(SearchField.TAG, "social care", false),
        new FieldFilter(SearchField.COMMUNITY, "planning", true),
        new FieldFilter(SearchField.TYPE, "wiki", false),
        new FieldFilter(SearchField.AUTHOR, "m1", false));
  }

  @Test
  void datesAcceptDaysMonthsAndYears() {
    UserQuery q = UserQuery.parse("budget after:2024-05 before:2025");
    assertThat(q.after()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(q.before()).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void brokenSyntaxIsForgiven() {
    UserQuery q = UserQuery.parse("((foo AND \"bar baz OR -  * ~ foo:bar");
    assertThat(q.positiveMatches()).containsExactly(
        new Word("((foo"), new Phrase("bar baz OR - * ~ foo:bar"));
    assertThat(UserQuery.parse("OR OR -").hasText()).isFalse();
    assertThat(UserQuery.parse("unknown:field").positiveMatches()).containsExactly(new Word("unknown:field"));
  }

  @Test
  void impossibleInputIsRefusedWithAReason() {
    assertThatThrownBy(() -> UserQuery.parse("after:2024-13-40"))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("not a real date");
    assertThatThrownBy(() -> UserQuery.parse("type:spreadsheet"))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("document, wiki");
    assertThatThrownBy(() -> UserQuery.parse("x".repeat(QueryParser.MAX_LENGTH + 1)))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> UserQuery.parse("a ".repeat(QueryParser.MAX_PARTS + 1)))
        .isInstanceOf(InvalidQueryException.class)
        .satisfies(e -> assertThat(((InvalidQueryException) e).parameter()).isEqualTo("q"));
  }

  @Test
  void emptyQueryMatchesEverything() {
    assertThat(UserQuery.parse("").hasText()).isFalse();
    assertThat(UserQuery.parse(null).hasText()).isFalse();
  }
}
