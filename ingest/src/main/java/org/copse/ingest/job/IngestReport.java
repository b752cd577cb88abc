package org.copse.ingest.job;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;

/**
 * How a run ended.
 *
 * @param source the source's name
 * @param runId the run's id (the Spring Batch job instance id; the same across restarts)
 * @param status the Spring Batch status, {@code COMPLETED} when everything went through
 * @param read items read from the source
 * @param indexed new or changed items written to the index and the store
 * @param unchanged items whose content hash had not changed
 * @param deleted items the source no longer has, removed from the index and the store
 * @param skippedItems items left out for bad input, with where they are and why
 * @param failedItems items that failed unexpectedly
 * @param enrichment how enrichment ended per document, by outcome ({@code ENRICHED}, {@code TIMEOUT}, …)
 * @param extract, enrich, index what each stage did (this execution only, after a restart)
 * @param enrichTokens tokens CoreNLP analysed
 * @param elapsed wall-clock time of this execution
 * @param failure why the run failed, or empty
 */
public record IngestReport(String source, long runId, String status, long read, long indexed, long unchanged,
    long deleted, List<SkippedItem> skippedItems, List<FailedItem> failedItems, Map<String, Long> enrichment,
    StageStats extract, StageStats enrich, StageStats index, long enrichTokens, Duration elapsed, String failure) {

  public IngestReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    skippedItems = List.copyOf(skippedItems);
    failedItems = List.copyOf(failedItems);
    enrichment = Map.copyOf(enrichment);
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(enrich, "enrich");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(failure, "failure");
  }

  public boolean completed() {
    return status.equals("COMPLETED");
  }

  public Map<SkipReason, Long> skippedByReason() {
    return skippedItems.stream().collect(Collectors.groupingBy(SkippedItem::reason, TreeMap::new, Collectors.counting()));
  }

  public Map<String, Long> failedByReason() {
    return failedItems.stream().collect(Collectors.groupingBy(FailedItem::reason, TreeMap::new, Collectors.counting()));
  }

  /** A few lines for a terminal or a log. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%s run %d %s in %.1f s: read %d, indexed %d, unchanged %d, deleted %d, "
            + "skipped %d %s, failed %d %s%n", source, runId, status, elapsed.toMillis() / 1000.0, read, indexed,
        unchanged, deleted, skippedItems.size(), skippedByReason(), failedItems.size(), failedByReason()));
    text.append(String.format(Locale.ROOT, "  extract %s%n  enrich  %s, %d tokens, %s%n  index   %s%n", line(extract),
        line(enrich), enrichTokens, enrichment, line(index)));
    if (!failure.isEmpty()) {
      text.append("  failure: ").append(failure).append('\n');
    }
    return text.toString();
  }

  private static String line(StageStats stage) {
    return String.format(Locale.ROOT, "%d docs, %.1f MB in %.1f s (%.1f docs/s, %.2f MB/s per thread)",
        stage.documents(), stage.bytes() / (1024.0 * 1024.0), stage.millis() / 1000.0, stage.documentsPerSecond(),
        stage.megabytesPerSecond());
  }
}
