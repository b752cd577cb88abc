package org.copse.web.digest;

/** How often a member wants a digest. */
public enum Frequency {
  WEEKLY,
  DAILY,
  /** No digest at all (unsubscribed). */
  OFF
}
