package org.copse.index;

/**
 * What a member did for a contribution. The expertise ranking weighs roles differently: asking a
 * question shows a need, not expertise; an accepted answer shows the most.
 */
public enum ContributorRole {
  /** Wrote a library document, blog post, or the greater part of a wiki page. */
  AUTHOR,
  /** Changed a wiki page or document; {@link Contributor#editSize()} says by how much. */
  EDITOR,
  /** Asked a forum question. */
  ASKER,
  /** Answered a forum question. */
  ANSWERER,
  /** Answered a forum question and the answer was accepted. */
  ACCEPTED_ANSWERER,
  /** Commented on something. */
  COMMENTER
}
