package org.copse.ingest.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.copse.ingest.enrich.CoreNlpEnricher;
import org.copse.ingest.enrich.Enricher;
import org.copse.ingest.extract.Extractor;
import org.copse.ingest.extract.ForkedExtractor;
import org.copse.ingest.library.LibrarySource;
import org.copse.ingest.source.Source;
import org.copse.store.StoreSchema;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Runs ingest: the plain entry point for the command line, the admin page and the scheduler.
 *
 * <p>{@link #run} ingests one source synchronously and returns its report. Each call is a new run,
 * except after a crash: if the source's last run did not complete (the process was killed, the
 * database went away), the call resumes it from its last committed chunk. Runs of different
 * sources may go at once; a second run of a source already running here is refused. The Spring
 * Batch job repository lives in the given database (H2 or PostgreSQL), beside the store; its tables
 * and the store's are created when missing. Extraction workers and the CoreNLP pipeline start on
 * first use and are shared by runs; {@link #close} stops them.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  private final SourceCatalog catalog;
  private final IngestSettings settings;
  private final IngestStatus status;
  private final IngestLedger ledger;
  private final JobRepository repository;
  private final TaskExecutorJobOperator operator;
  private final IngestJobBuilder jobs;
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private @Nullable Extractor extractor;
  private @Nullable Enricher enricher;

  public IngestService(DataSource dataSource, SearchIndex index, ContributionStore store, Directory directory,
      SourceCatalog catalog, IngestSettings settings, IngestStatus status) {
    this.catalog = catalog;
    this.settings = settings;
    this.status = status;
    StoreSchema.migrate(dataSource);
    BatchSchema.ensure(dataSource);
    this.ledger = new IngestLedger(dataSource);
    var transactions = new JdbcTransactionManager(dataSource);
    try {
      var factory = new JdbcJobRepositoryFactoryBean();
      factory.setDataSource(dataSource);
      factory.setTransactionManager(transactions);
      factory.afterPropertiesSet();
      this.repository = factory.getObject();
      this.operator = new TaskExecutorJobOperator();
      operator.setJobRepository(repository);
      operator.setJobRegistry(new MapJobRegistry());
      operator.setTaskExecutor(new SyncTaskExecutor());
      operator.afterPropertiesSet();
    } catch (Exception e) {
      throw new IllegalStateException("cannot set up the Spring Batch job repository: " + e.getMessage(), e);
    }
    this.jobs = new IngestJobBuilder(repository, transactions, ledger, index, store, directory, settings);
  }

  /**
   * Ingests the request's source and returns the report; a run that fails (the source cannot be
   * read, the index is down) returns a report with status {@code FAILED} and the reason, and the
   * next call for the same source resumes it.
   *
   * @throws org.copse.ingest.source.SourceException when the source cannot be opened at all
   * @throws IllegalStateException when this source is already being ingested here
   */
  public IngestReport run(IngestRequest request, ProgressListener listener) {
    Source source = catalog.open(request);
    String name = source.name();
    if (!running.add(name)) {
      throw new IllegalStateException("source " + name + " is already being ingested");
    }
    try {
      return execute(source, request, listener);
    } finally {
      running.remove(name);
      status.abandoned(name);
    }
  }

  private IngestReport execute(Source source, IngestRequest request, ProgressListener listener) {
    String name = source.name();
    long total = source instanceof LibrarySource library ? library.fileCount() : -1;
    Instant start = Instant.now();
    IngestJobBuilder.Run[] run = new IngestJobBuilder.Run[1];
    run[0] = jobs.build(source, request, extractor(), enricher(), () -> {
      ItemWriting w = run[0].writer();
      long indexed = w.count(ItemWriting.INDEXED);
      long unchanged = w.count(ItemWriting.UNCHANGED);
      long skipped = w.count(ItemWriting.SKIPPED);
      long failed = w.count(ItemWriting.FAILED);
      var progress = new IngestProgress(name, "items", indexed + unchanged + skipped + failed, indexed, unchanged,
          skipped, failed, total, Duration.between(start, Instant.now()));
      status.progress(progress);
      listener.onProgress(progress);
    });
    JobParameters parameters = parametersForThisRun(name, request);
    JobExecution execution;
    try {
      execution = operator.start(run[0].job(), parameters);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the ingest job for " + name + ": " + e.getMessage(), e);
    }
    IngestReport report = report(name, execution, run[0], Duration.between(start, Instant.now()));
    status.finished(report);
    listener.onProgress(new IngestProgress(name, "done", report.indexed() + report.unchanged()
        + report.skippedItems().size() + report.failedItems().size(), report.indexed(), report.unchanged(),
        report.skippedItems().size(), report.failedItems().size(), total, report.elapsed()));
    log.info("{}", report.summary());
    return report;
  }

  /**
   * The parameters of the source's current run when it did not complete (after recovering it if a
   * crash left it marked running), else of a new run.
   */
  private JobParameters parametersForThisRun(String name, IngestRequest request) {
    long number = ledger.runNumber(name);
    if (number > 0) {
      JobParameters current = parameters(name, request, number);
      JobExecution last = repository.getLastJobExecution(IngestJobBuilder.JOB_NAME, current);
      if (last == null) {
        return current;
      }
      BatchStatus lastStatus = last.getStatus();
      if (lastStatus.isRunning()) {
        log.warn("run {} of {} was left {} by a process that stopped; resuming it", number, name, lastStatus);
        operator.recover(last);
        return current;
      }
      if (lastStatus == BatchStatus.FAILED || lastStatus == BatchStatus.STOPPED) {
        log.info("resuming run {} of {} after {}", number, name, lastStatus);
        return current;
      }
    }
    ledger.setRunNumber(name, number + 1);
    return parameters(name, request, number + 1);
  }

  private static JobParameters parameters(String name, IngestRequest request, long number) {
    var builder = new JobParametersBuilder()
        .addString("source", name)
        .addLong("run", number)
        .addString("type", request.type(), false)
        .addString("path", request.path().toString(), false)
        .addString("community", request.communityId(), false);
    for (Map.Entry<String, String> option : request.options().entrySet()) {
      builder.addString("option." + option.getKey(), option.getValue(), false);
    }
    return builder.toJobParameters();
  }

  private IngestReport report(String name, JobExecution execution, IngestJobBuilder.Run run, Duration elapsed) {
    long runId = execution.getJobInstanceId();
    StepExecution items = repository.getLastStepExecution(execution.getJobInstance(), "items");
    StepExecution sweep = repository.getLastStepExecution(execution.getJobInstance(), "sweep");
    var itemState = items == null ? null : items.getExecutionContext();
    long read = itemState == null ? 0 : itemState.getLong(SourceItemReader.READ_KEY, 0L);
    long indexed = itemState == null ? 0 : itemState.getLong(ItemWriting.INDEXED, 0L);
    long unchanged = itemState == null ? 0 : itemState.getLong(ItemWriting.UNCHANGED, 0L);
    long deleted = sweep == null ? 0 : sweep.getExecutionContext().getLong(SweepTasklet.DELETED, 0L);
    String failure = execution.getAllFailureExceptions().stream().map(Throwable::toString).findFirst().orElse("");
    return new IngestReport(name, runId, execution.getStatus().name(), read, indexed, unchanged, deleted,
        ledger.skipped(runId), ledger.failed(runId), run.enrichment().snapshot(), run.metrics().extract.stats(),
        run.metrics().enrich.stats(), run.metrics().index.stats(), run.metrics().enrichTokens.sum(), elapsed, failure);
  }

  private synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = new ForkedExtractor(settings.extraction(), settings.workerLaunch(), settings.extractionWorkers());
    }
    return extractor;
  }

  private synchronized Enricher enricher() {
    if (enricher == null) {
      enricher = settings.enrichment().enabled() ? new CoreNlpEnricher(settings.enrichment()) : Enricher.disabled();
    }
    return enricher;
  }

  /** The run currently in progress here, by source name. */
  public Set<String> running() {
    return Set.copyOf(running);
  }

  @Override
  public synchronized void close() {
    if (extractor != null) {
      extractor.close();
    }
    if (enricher != null) {
      enricher.close();
    }
  }
}
