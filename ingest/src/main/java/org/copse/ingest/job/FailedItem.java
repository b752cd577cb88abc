package org.copse.ingest.job;

import java.util.Objects;

/**
 * An item that failed for an unexpected reason (not bad input): a bug or an outage.
 *
 * @param location where it is
 * @param reason the exception type
 * @param detail the message
 */
public record FailedItem(String location, String reason, String detail) {
  public FailedItem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
