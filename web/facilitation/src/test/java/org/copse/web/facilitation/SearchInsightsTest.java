package org.copse.web.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copse.web.digest.IsoWeek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Privacy rules of search insights (issue #10): no identity kept, per-week distinct counts, k-anonymity. */
class SearchInsightsTest {
  static final int K = 5;
  @TempDir Path folder;
  FacilitationWorld world;
  SearchInsights insights;
  IsoWeek week;

  @BeforeEach
  void open() {
    world = new FacilitationWorld(folder);
    insights = new SearchInsights(world.dataSource, world.clock, K);
    week = IsoWeek.containing(FacilitationWorld.NOW);
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void aQueryMadeByFewerThanKPeopleIsNeverShownHoweverOftenItWasMade() {
    for (int i = 0; i < 50; i++) {
      insights.record("Damp and mould", "member-" + (i % (K - 1)), List.of("open"), false);
    }
    assertThat(insights.topSearches("open", week, week, 10)).isEmpty();
    assertThat(insights.weekly("open", week, week)).extracting(SearchInsights.WeekCount::searches).containsExactly(0L);

    insights.record("damp mould!", "member-new", List.of("open"), false);

    assertThat(insights.topSearches("open", week, week, 10))
        .containsExactly(new SearchInsights.QueryCount("damp mould", 51, K));
  }

  @Test
  void searchesWithNoResultsCountOnlyDistinctPeopleWhoGotNone() {
    for (int i = 0; i < K; i++) {
      insights.record("decant policy", "found-" + i, List.of("open"), false);
    }
    for (int i = 0; i < K - 1; i++) {
      insights.record("decant policy", "none-" + i, List.of("open"), true);
    }
    assertThat(insights.noResultSearches("open", week, week, 10)).isEmpty();
    insights.record("decant policy", "none-last", List.of("open"), true);
    assertThat(insights.noResultSearches("open", week, week, 10))
        .containsExactly(new SearchInsights.QueryCount("decant policy", K, K));
    assertThat(insights.weekly("open", week, week).get(0).noResults()).isEqualTo(K);
  }

  @Test
  void eachWeekMustPassOnItsOwnSoOnePersonRepeatingAQueryWeeklyStaysHidden() {
    for (int w = 0; w < 8; w++) {
      insights.record("my own case", "the-same-member", List.of("open"), false);
      world.clock.advance(Duration.ofDays(7));
    }
    IsoWeek last = IsoWeek.containing(world.clock.instant());
    assertThat(insights.topSearches("open", week, last, 10)).isEmpty();
  }

  @Test
  void communitiesAreCountedApartAndAThresholdOfOneShowsEverything() {
    SearchInsights everything = new SearchInsights(world.dataSource, world.clock, 1);
    everything.record("retrofit", "someone", List.of("closed"), false);
    assertThat(everything.topSearches("closed", week, week, 10)).extracting(SearchInsights.QueryCount::query)
        .containsExactly("retrofit");
    assertThat(everything.topSearches("open", week, week, 10)).isEmpty();
  }

  @Test
  void theDatabaseNeverHoldsWhoSearchedNorATokenBesideTheQuery() throws SQLException {
    String searcher = "uniquely-identifiable-searcher";
    insights.record("zzyzx policy", searcher, List.of("open", "closed"), true);

    List<String> cells = allTextCells();
    assertThat(cells).noneMatch(cell -> cell.contains(searcher));
    assertThat(cells).anyMatch(cell -> cell.equals("zzyzx policy"));
    assertThat(columns("SEARCH_INSIGHT_TOKENS")).containsExactlyInAnyOrder("WEEK", "TOKEN");
    assertThat(columns("SEARCH_INSIGHTS")).doesNotContain("MEMBER_ID", "SEARCHER", "CREATED", "TOKEN");
  }

  @Test
  void tokensOfPastWeeksAreForgottenWhenANewWeekStarts() throws SQLException {
    insights.record("retrofit", "a", List.of("open"), false);
    assertThat(count("SELECT COUNT(*) FROM search_insight_tokens")).isEqualTo(1);
    world.clock.advance(Duration.ofDays(7));
    insights.record("heat pumps", "b", List.of("open"), false);
    assertThat(count("SELECT COUNT(*) FROM search_insight_tokens WHERE week = '" + week + "'")).isZero();
    assertThat(count("SELECT COUNT(*) FROM search_insights")).isEqualTo(2);
  }

  @Test
  void aggregatesOlderThanTheRetentionAreDeletedWhenANewWeekStarts() throws SQLException {
    SearchInsights fourWeeks = new SearchInsights(world.dataSource, world.clock, K, 4);
    fourWeeks.record("retrofit", "a", List.of("open"), false);
    for (int w = 1; w <= 3; w++) {
      world.clock.advance(Duration.ofDays(7));
      fourWeeks.record("heat pumps", "b", List.of("open"), false);
    }
    assertThat(count("SELECT COUNT(*) FROM search_insights WHERE week = '" + week + "'")).as("4th week: kept").isEqualTo(1);

    world.clock.advance(Duration.ofDays(7));
    fourWeeks.record("heat pumps", "b", List.of("open"), false);

    assertThat(count("SELECT COUNT(*) FROM search_insights WHERE week = '" + week + "'")).as("5th week: gone").isZero();
    assertThat(count("SELECT COUNT(*) FROM search_insights")).isEqualTo(4);
  }

  @Test
  void retentionIsAtLeastAWeek() {
    assertThatThrownBy(() -> new SearchInsights(world.dataSource, world.clock, K, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 week");
  }

  @Test
  void filtersAndOperatorsAreNotPartOfTheCountedQuery() {
    assertThat(QueryNormaliser.normalise("author:jane.doe Damp AND \"Mould\" community:housing -tag:x"))
        .isEqualTo("damp mould");
    assertThat(QueryNormaliser.normalise("community:housing")).isEmpty();
    assertThat(QueryNormaliser.communityFilters("damp community:Housing")).containsExactly("housing");
    insights.record("tag:housing", "a", List.of("open"), false);
    assertThat(insights.weekly("open", week, week).get(0).searches()).isZero();
  }

  private List<String> allTextCells() throws SQLException {
    List<String> cells = new ArrayList<>();
    for (String table : Set.of("SEARCH_INSIGHTS", "SEARCH_INSIGHT_TOKENS", "SEARCH_OPENS")) {
      try (Connection c = world.dataSource.getConnection(); Statement s = c.createStatement();
           ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
        while (rows.next()) {
          for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            cells.add(String.valueOf(rows.getObject(i)));
          }
        }
      }
    }
    return cells;
  }

  private List<String> columns(String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = world.dataSource.getConnection();
         ResultSet rows = c.getMetaData().getColumns(null, null, table, null)) {
      while (rows.next()) {
        names.add(rows.getString("COLUMN_NAME"));
      }
    }
    return names;
  }

  private long count(String sql) throws SQLException {
    try (Connection c = world.dataSource.getConnection(); Statement s = c.createStatement();
         ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
