package org.copse.ingest.job;

import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.copse.ingest.clean.TextCleaner;
import org.copse.ingest.enrich.Enricher;
import org.copse.ingest.extract.Extractor;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceItem;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the job for one run of one source: {@code directory} (a tasklet), {@code items} (chunks of
 * read → extract, clean, enrich on {@code threads} threads → write in read order) and {@code sweep}
 * (a tasklet, a batch of deletions per transaction).
 */
final class IngestJobBuilder {
  static final String JOB_NAME = "copseIngest";

  private final JobRepository repository;
  private final PlatformTransactionManager transactions;
  private final IngestLedger ledger;
  private final SearchIndex index;
  private final ContributionStore store;
  private final Directory directory;
  private final IngestSettings settings;

  IngestJobBuilder(JobRepository repository, PlatformTransactionManager transactions, IngestLedger ledger,
      SearchIndex index, ContributionStore store, Directory directory, IngestSettings settings) {
    this.repository = repository;
    this.transactions = transactions;
    this.ledger = ledger;
    this.index = index;
    this.store = store;
    this.directory = directory;
    this.settings = settings;
  }

  /** The parts of one run that the service reads back for progress and the report. */
  record Run(Job job, RunContext context, ItemWriting writer, StageMetrics metrics, EnrichmentCounts enrichment) {}

  Run build(Source source, IngestRequest request, Extractor extractor, Enricher enricher, Runnable afterWrite) {
    String name = source.name();
    RunContext context = new RunContext();
    StageMetrics metrics = new StageMetrics();
    EnrichmentCounts enrichment = new EnrichmentCounts();
    boolean full = Boolean.parseBoolean(request.option(IngestOptions.FULL, "false"));
    boolean allowEmpty = Boolean.parseBoolean(request.option(IngestOptions.ALLOW_EMPTY, "false"));

    Step directoryStep = new StepBuilder("directory", repository)
        .tasklet(new DirectoryTasklet(source.directory(), directory), transactions).build();

    var reader = new SourceItemReader(source, (SkippedItem skipped) -> ledger.problem(context.runId(), name,
        skipped.location(), "SKIPPED", skipped.reason().name(), skipped.detail()));
    var processor = new ItemProcessing(name, ledger, extractor, new TextCleaner(settings.maxBodyChars()), enricher,
        metrics, enrichment, full);
    var writer = new ItemWriting(name, context, ledger, index, store, directory, metrics, afterWrite);
    var threads = new SimpleAsyncTaskExecutor("ingest-");
    threads.setConcurrencyLimit(settings.threads());
    Step items = new StepBuilder("items", repository)
        .<SourceItem, IngestOutcome>chunk(settings.chunkSize())
        .transactionManager(transactions)
        .reader(reader)
        .processor(processor)
        .writer(writer)
        .taskExecutor(threads)
        .build();

    Step sweep = new StepBuilder("sweep", repository)
        .tasklet(new SweepTasklet(name, context, ledger, index, store, allowEmpty), transactions).build();

    Job job = new JobBuilder(JOB_NAME, repository)
        .listener(new JobExecutionListener() {
          @Override
          public void beforeJob(JobExecution execution) {
            context.start(execution.getJobInstanceId());
          }
        })
        .start(directoryStep)
        .next(items)
        .next(sweep)
        .build();
    return new Run(job, context, writer, metrics, enrichment);
  }
}
