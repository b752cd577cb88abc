package org.copse.web.digest;

/** Where one member's digest for one period stands. */
public enum DeliveryStatus {
  /** Handed to the mail server, or about to be: never sent again, even if the process died here. */
  SENDING,
  /** Accepted by the mail server (or written to the outbox). */
  SENT,
  /** A transient failure (4xx, timeout, server down): a later run tries again. */
  RETRY,
  /** A permanent failure (5xx, bad address) or too many attempts: not tried again. */
  FAILED
}
