package org.copse.web.digest.app;

import java.time.Instant;
import org.copse.index.Directory;
import org.copse.index.Member;
import org.copse.web.digest.DigestDelivery;
import org.copse.web.digest.DigestPeriod;
import org.copse.web.digest.DigestRunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Spring Batch job that sends a period's digests: a chunk-oriented step over members, whose
 * processor selects ({@link DigestDelivery#prepare}) and whose writer sends
 * ({@link DigestDelivery#send}). Each launch is a new job instance (parameters: period and launch
 * time); resuming after a crash or an SMTP outage is simply launching again, because the delivery
 * log, not the batch metadata, decides who still needs a digest.
 */
@Component
public class DigestJob {
  private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

  private final JobRepository repository;
  private final JobOperator operator;
  private final PlatformTransactionManager transactions;
  private final Directory directory;
  private final DigestDelivery delivery;
  private final DigestProperties properties;

  DigestJob(JobRepository repository, JobOperator operator, PlatformTransactionManager transactions,
      Directory directory, DigestDelivery delivery, DigestProperties properties) {
    this.repository = repository;
    this.operator = operator;
    this.transactions = transactions;
    this.directory = directory;
    this.delivery = delivery;
    this.properties = properties;
  }

  /** Runs the job for a period and waits for it; the report counts every member. */
  public DigestRunReport launch(DigestPeriod period) {
    DigestRunReport.Tally tally = new DigestRunReport.Tally(period.key(), false, delivery.transportDescription());
    Step step = new StepBuilder("digest-" + period.frequency().name().toLowerCase(java.util.Locale.ROOT), repository)
        .<Member, DigestDelivery.Prepared>chunk(properties.chunkSize())
        .transactionManager(transactions)
        .reader(new MemberReader(directory))
        .processor(member -> delivery.prepare(member, period, tally))
        .writer(chunk -> chunk.forEach(prepared -> delivery.send(prepared, tally)))
        .build();
    Job job = new JobBuilder("digest", repository).start(step).build();
    JobParameters parameters = new JobParametersBuilder()
        .addString("period", period.key())
        .addString("frequency", period.frequency().name())
        .addString("launched", Instant.now().toString())
        .toJobParameters();
    try {
      JobExecution execution = operator.start(job, parameters);
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        tally.problem("job ended " + execution.getStatus() + ": " + execution.getAllFailureExceptions());
      }
    } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
             | org.springframework.batch.core.launch.JobRestartException
             | org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
             | org.springframework.batch.core.job.parameters.InvalidJobParametersException e) {
      throw new IllegalStateException("could not start the digest job for " + period.key(), e);
    }
    DigestRunReport report = tally.report();
    log.info("{}", report.summary());
    return report;
  }
}
