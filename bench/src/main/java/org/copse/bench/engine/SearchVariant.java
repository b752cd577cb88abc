package org.copse.bench.engine;

/** The search workloads, each adding one piece of work to the one before. */
public enum SearchVariant {
  /** 2–3 words, every word required, top 10 by relevance; the viewer may read everything. */
  PLAIN("2–3 words, top 10"),
  /** PLAIN with the viewer's access scope and one community filter. */
  FILTERED("+ access scope + community filter"),
  /** FILTERED with facet counts of community and type over all matching hits. */
  FACETED("+ facets (community, type)"),
  /** FILTERED with a highlighted snippet of each of the 10 hits. */
  HIGHLIGHTED("+ highlighted snippets");

  private final String description;

  SearchVariant(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
