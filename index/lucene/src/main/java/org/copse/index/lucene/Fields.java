package org.copse.index.lucene;

import java.util.Map;
import org.copse.index.SearchField;

/** The Lucene field names of a contribution document, in one place. */
final class Fields {

  /** The contribution id: indexed (for updates and lookups) and sorted doc values (tie-break). */
  static final String ID = "id";
  /** The community id exactly as given: what access filtering matches (never lower-cased). */
  static final String ACCESS = "community";
  /** Title, body, tags, entities and key phrases, analysed: what words and phrases match. */
  static final String ALL = "all";
  /** The title, analysed and stored: matched again for the title boost. */
  static final String TITLE = "title";
  /** The body, stored only: the highlighter re-analyses it. */
  static final String BODY = "body";
  /** Lower-cased, unstemmed words for "did you mean". */
  static final String SPELLING = "spelling";
  /** Lower-cased title word-suffixes and key phrases for prefix completion. */
  static final String SUGGEST = "suggest";
  /** The display forms (titles and key phrases) that {@link #SUGGEST} terms stand for. */
  static final String SUGGEST_DISPLAY = "suggest_display";
  /** Everything else needed to rebuild the contribution, encoded by {@link ContributionCodec}. */
  static final String META = "meta";
  /** The thread: indexed (exclusion) and sorted doc values (grouping, evidence). */
  static final String THREAD = "thread";
  /** Creation time in epoch milliseconds: points (date ranges) and numeric doc values (sort). */
  static final String CREATED = "created";
  /** Vote score, numeric doc values. */
  static final String VOTES = "votes";
  /** Encoded contributors, binary doc values, for evidence. */
  static final String CONTRIBUTORS = "contributors";

  private static final Map<SearchField, String> FILTERS = Map.of(
      SearchField.COMMUNITY, "f_community",
      SearchField.TYPE, "f_type",
      SearchField.AUTHOR, "f_author",
      SearchField.TAG, "f_tag",
      SearchField.ENTITY, "f_entity",
      SearchField.YEAR, "f_year");

  private static final Map<SearchField, String> FACETS = Map.of(
      SearchField.COMMUNITY, "dv_community",
      SearchField.TYPE, "dv_type",
      SearchField.AUTHOR, "dv_author",
      SearchField.TAG, "dv_tag",
      SearchField.ENTITY, "dv_entity",
      SearchField.YEAR, "dv_year");

  private Fields() {}

  /** The indexed, lower-cased keyword field that {@code field:value} filters match. */
  static String filter(SearchField field) {
    return FILTERS.get(field);
  }

  /** The sorted-set doc values field with the original values, counted for facets. */
  static String facet(SearchField field) {
    return FACETS.get(field);
  }
}
