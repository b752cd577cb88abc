package org.copse.index;

/** How search hits are ordered. Ties are broken by id so that paging is stable. */
public enum SortOrder {
  /** Best match first. */
  RELEVANCE,
  /** Most recently created first. */
  NEWEST,
  /** Oldest first. */
  OLDEST
}
