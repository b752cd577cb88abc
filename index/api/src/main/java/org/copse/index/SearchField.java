package org.copse.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields a person can filter on in the query syntax ({@code community:housing}) and count in
 * facets. Values are community ids, {@link ContributionKind#code() kind codes}, member ids, tags,
 * entity names and four-digit years (of creation).
 */
public enum SearchField {
  COMMUNITY("community"),
  TYPE("type"),
  AUTHOR("author"),
  TAG("tag"),
  ENTITY("entity"),
  YEAR("year");

  private final String keyword;

  SearchField(String keyword) {
    this.keyword = keyword;
  }

  /** The word before the colon in the query syntax. */
  public String keyword() {
    return keyword;
  }

  public static Optional<SearchField> fromKeyword(String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.keyword.equals(wanted)).findFirst();
  }
}
