package org.copse.store;

/** What a signed-in person may do in the application, apart from which communities they may read. */
public enum AppRole {
  /** Searches and reads what their communities allow. */
  MEMBER,
  /** Also looks after communities: memberships, digests. */
  FACILITATOR,
  /** Also runs the service: ingest, re-indexing, accounts. */
  ADMIN
}
