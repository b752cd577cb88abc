package org.copse.web.digest;

/** What happened for one member in one run. */
public enum Outcome {
  /** Accepted by the mail server or written to the outbox. */
  SENT,
  /** A dry run found something to send and sent nothing. */
  WOULD_SEND,
  /** The member wants a different frequency than this run's. */
  NOT_DUE,
  /** The member turned digests off. */
  OPTED_OUT,
  /** The member has no valid email address. */
  NO_ADDRESS,
  /** Nothing relevant, and cold start is off. */
  NOTHING_RELEVANT,
  /** Everything selected was dropped at send time because the member may no longer read it. */
  EMPTIED_AT_SEND,
  /** Already sent for this period. */
  ALREADY_SENT,
  /** A previous run started sending and stopped before recording the result; not sent again. */
  IN_DOUBT,
  /** A transient failure; a later run will try again. */
  RETRY_LATER,
  /** A permanent failure, or too many attempts; not tried again. */
  FAILED
}
