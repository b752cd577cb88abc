package org.copse.index;

/**
 * How many matching, visible contributions have a value.
 *
 * @param value the field value (see {@link SearchField})
 * @param count how many, always at least 1
 */
public record FacetCount(String value, long count) {}
