package org.copse.ingest.source;

/** Why an item was skipped; the job report counts items by reason. */
public enum SkipReason {
  ENCRYPTED,
  CORRUPT,
  EMPTY,
  TOO_LARGE,
  TIMEOUT,
  OUT_OF_MEMORY,
  UNSUPPORTED,
  HOSTILE,
  INVALID,
  /**
   * Left out on purpose, not because anything was wrong: a wiki redirect, a namespace not asked
   * for, a blog draft or attachment, an unapproved comment or pingback, a tag-wiki post.
   */
  FILTERED
}
