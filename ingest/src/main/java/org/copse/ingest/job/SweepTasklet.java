package org.copse.ingest.job;

import java.util.List;
import org.copse.index.ContributionStore;
import org.copse.index.SearchIndex;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Deletes from the index, the store and the ledger what the source yielded before but not in this
 * run, a batch per transaction (so a crash mid-sweep resumes where it stopped). A run that wrote
 * nothing at all for a source that had items is refused unless allowed: an unmounted share or an
 * emptied export must not wipe the index.
 */
final class SweepTasklet implements Tasklet {
  static final String DELETED = "ingest.deleted";
  static final int BATCH = 500;

  private final String sourceName;
  private final RunContext run;
  private final IngestLedger ledger;
  private final SearchIndex index;
  private final ContributionStore store;
  private final boolean allowEmpty;

  SweepTasklet(String sourceName, RunContext run, IngestLedger ledger, SearchIndex index, ContributionStore store,
      boolean allowEmpty) {
    this.sourceName = sourceName;
    this.run = run;
    this.ledger = ledger;
    this.index = index;
    this.store = store;
    this.allowEmpty = allowEmpty;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
    ExecutionContext state = context.getStepContext().getStepExecution().getExecutionContext();
    List<String> gone = ledger.vanished(sourceName, run.runId(), BATCH);
    if (gone.isEmpty()) {
      return RepeatStatus.FINISHED;
    }
    if (!allowEmpty && ledger.countSeen(sourceName, run.runId()) == 0) {
      throw new IllegalStateException("source " + sourceName + " yielded no items but had " + ledger.count(sourceName)
          + " before; refusing to delete them all (is the folder mounted? run with " + IngestOptions.ALLOW_EMPTY
          + "=true to delete them)");
    }
    index.delete(gone);
    store.delete(gone);
    ledger.forget(sourceName, gone);
    state.putLong(DELETED, state.getLong(DELETED, 0L) + gone.size());
    return RepeatStatus.CONTINUABLE;
  }
}
