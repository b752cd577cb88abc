package org.copse.index.query;

import java.util.Objects;
import org.copse.index.SearchField;

/**
 * A filter such as {@code tag:housing} or {@code -community:planning}. Filters on the same field are
 * alternatives; filters on different fields must all hold; excluded filters must not hold.
 *
 * @param field the field
 * @param value the wanted value, compared exactly (tags, entities and ids case-insensitively)
 * @param excluded whether the value is excluded rather than required
 */
public record FieldFilter(SearchField field, String value, boolean excluded) {
  public FieldFilter {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
  }
}
