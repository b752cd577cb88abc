package org.copse.index.query;

import java.util.List;

/**
 * A required part of a query: at least one of its matches must be found ({@code a OR b}); a lone
 * word is a one-element alternative.
 *
 * @param anyOf the alternatives, never empty
 */
public record Alternatives(List<Match> anyOf) {
  public Alternatives {
    anyOf = List.copyOf(anyOf);
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("alternatives must not be empty");
    }
  }
}
