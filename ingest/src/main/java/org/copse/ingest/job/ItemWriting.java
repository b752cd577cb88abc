package org.copse.ingest.job;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copse.index.Contribution;
import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.index.IndexBatch;
import org.copse.index.Member;
import org.copse.index.SearchIndex;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes one chunk, in read order: new and changed contributions to the index and the store (both
 * idempotent by id, so a chunk written again after a crash changes nothing), authors found in
 * files to the directory when missing, then the ledger and the problems table, which commit with
 * the chunk. Counts what it wrote in the step's execution context, so a restarted step reports
 * the whole run.
 */
final class ItemWriting implements ItemStreamWriter<IngestOutcome> {
  static final String INDEXED = "ingest.indexed";
  static final String UNCHANGED = "ingest.unchanged";
  static final String SKIPPED = "ingest.skipped";
  static final String FAILED = "ingest.failed";

  private final String sourceName;
  private final RunContext run;
  private final IngestLedger ledger;
  private final SearchIndex index;
  private final ContributionStore store;
  private final Directory directory;
  private final StageMetrics metrics;
  private final Runnable afterWrite;
  private final Map<String, Long> counts = new LinkedHashMap<>();

  ItemWriting(String sourceName, RunContext run, IngestLedger ledger, SearchIndex index, ContributionStore store,
      Directory directory, StageMetrics metrics, Runnable afterWrite) {
    this.sourceName = sourceName;
    this.run = run;
    this.ledger = ledger;
    this.index = index;
    this.store = store;
    this.directory = directory;
    this.metrics = metrics;
    this.afterWrite = afterWrite;
  }

  @Override
  public void open(ExecutionContext context) {
    for (String key : List.of(INDEXED, UNCHANGED, SKIPPED, FAILED)) {
      counts.put(key, context.getLong(key, 0L));
    }
  }

  @Override
  public void write(Chunk<? extends IngestOutcome> chunk) {
    List<Contribution> upserts = new ArrayList<>();
    Map<String, Member> authors = new LinkedHashMap<>();
    List<IngestOutcome> seen = new ArrayList<>();
    for (IngestOutcome outcome : chunk) {
      if (outcome instanceof IngestOutcome.Upsert upsert) {
        upserts.add(upsert.contribution());
        upsert.authors().forEach(m -> authors.putIfAbsent(m.id(), m));
        seen.add(outcome);
      } else if (outcome instanceof IngestOutcome.Unchanged) {
        seen.add(outcome);
      } else if (outcome instanceof IngestOutcome.Skipped skipped) {
        ledger.problem(run.runId(), sourceName, skipped.location(), "SKIPPED", skipped.reason().name(), skipped.detail());
        add(SKIPPED, 1);
      } else if (outcome instanceof IngestOutcome.Failed failed) {
        ledger.problem(run.runId(), sourceName, failed.location(), "FAILED", failed.reason(), failed.detail());
        add(FAILED, 1);
      }
    }
    if (!upserts.isEmpty()) {
      List<Member> missing = authors.values().stream().filter(m -> directory.member(m.id()).isEmpty()).toList();
      if (!missing.isEmpty()) {
        directory.saveMembers(missing);
      }
      long start = System.nanoTime();
      index.apply(IndexBatch.upserts(upserts));
      store.save(upserts);
      long bytes = upserts.stream().mapToLong(c -> c.body().getBytes(StandardCharsets.UTF_8).length).sum();
      metrics.index.add(upserts.size(), bytes, System.nanoTime() - start);
    }
    ledger.seen(sourceName, run.runId(), seen);
    add(INDEXED, upserts.size());
    add(UNCHANGED, seen.size() - upserts.size());
    afterWrite.run();
  }

  @Override
  public void update(ExecutionContext context) {
    counts.forEach(context::putLong);
  }

  long count(String key) {
    return counts.getOrDefault(key, 0L);
  }

  private void add(String key, long amount) {
    counts.merge(key, amount, Long::sum);
  }
}
