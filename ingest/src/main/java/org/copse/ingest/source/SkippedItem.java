package org.copse.ingest.source;

import java.util.Objects;

/**
 * An item that was not ingested, and why.
 *
 * @param location where it is (a path, or a source key such as {@code Posts.xml#row 1234})
 * @param reason the class of problem
 * @param detail what exactly went wrong, for the report
 */
public record SkippedItem(String location, SkipReason reason, String detail) {
  public SkippedItem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
