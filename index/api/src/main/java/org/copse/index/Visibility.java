package org.copse.index;

/** Who may read a community's content. */
public enum Visibility {
  /** Every signed-in member may read it. */
  PUBLIC,
  /** Only the community's members may read it; to everyone else it does not exist. */
  MEMBERS_ONLY
}
