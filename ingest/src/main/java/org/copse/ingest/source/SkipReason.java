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
  INVALID
}
