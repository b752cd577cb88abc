package org.copse.ingest.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.copse.ingest.enrich.EnrichmentSettings;
import org.copse.ingest.extract.ExtractionLimits;
import org.copse.ingest.extract.ExtractionWorker;
import org.copse.ingest.extract.WorkerLaunch;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code copse.ingest.*} settings.
 *
 * @param chunkSize items per chunk and transaction
 * @param threads items processed at once
 * @param maxBodyChars cleaned text is cut to this many characters
 * @param extraction Tika worker limits
 * @param enrichment CoreNLP switches and limits
 * @param schedule re-ingest of configured sources on a cron schedule
 */
@ConfigurationProperties("copse.ingest")
public record IngestProperties(
    @DefaultValue("50") int chunkSize,
    @DefaultValue("2") int threads,
    @DefaultValue("2000000") int maxBodyChars,
    @DefaultValue Extraction extraction,
    @DefaultValue Enrichment enrichment,
    @DefaultValue Schedule schedule) {

  /**
   * Extraction limits, see {@link ExtractionLimits}.
   *
   * @param workers worker JVMs
   * @param workerClassPath the workers' class path; empty for this JVM's
   * @param workerMainClass the workers' main class; empty for {@link ExtractionWorker}
   * @param workerJvmOptions extra options for the workers' JVM
   */
  public record Extraction(
      @DefaultValue("100MB") DataSize maxFileSize,
      @DefaultValue("2000000") int maxTextChars,
      @DefaultValue("60s") Duration timeout,
      @DefaultValue("512") int workerHeapMb,
      @DefaultValue("2") int workers,
      @DefaultValue("1000") int maxEmbeddedCount,
      @DefaultValue("5") int maxEmbeddedDepth,
      @DefaultValue("") String workerClassPath,
      @DefaultValue("") String workerMainClass,
      @DefaultValue List<String> workerJvmOptions) {}

  /** Enrichment settings, see {@link EnrichmentSettings}. */
  public record Enrichment(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("20000") int maxTokens,
      @DefaultValue("30s") Duration timeout,
      @DefaultValue("200") int posMaxLen,
      @DefaultValue("200") int nerMaxLen,
      @DefaultValue("15") int maxKeyPhrases,
      @DefaultValue("25") int maxEntities) {}

  /**
   * Scheduled re-ingest.
   *
   * @param cron a Spring cron expression ({@code 0 0 2 * * *} for 02:00 daily); empty for none
   * @param sources what to re-ingest, in order
   */
  public record Schedule(@DefaultValue("") String cron, @DefaultValue List<ScheduledSource> sources) {}

  /** One source to re-ingest on schedule, as {@link IngestRequest} has it. */
  public record ScheduledSource(String type, Path path, String community,
      @Nullable Map<String, String> options) {

    IngestRequest request() {
      return new IngestRequest(type, path, community, options == null ? Map.of() : options);
    }
  }

  /** The plain settings these properties describe. */
  public IngestSettings settings() {
    WorkerLaunch current = WorkerLaunch.fromCurrentJvm();
    WorkerLaunch launch = extraction.workerClassPath().isBlank() && extraction.workerMainClass().isBlank()
        ? current.withMoreJvmOptions(extraction.workerJvmOptions())
        : new WorkerLaunch(current.javaCommand(),
            extraction.workerClassPath().isBlank() ? current.classPath() : extraction.workerClassPath(),
            extraction.workerMainClass().isBlank() ? current.mainClass() : extraction.workerMainClass(),
            extraction.workerJvmOptions());
    var limits = new ExtractionLimits(extraction.maxFileSize().toBytes(), extraction.maxTextChars(),
        extraction.timeout(), extraction.workerHeapMb(), extraction.maxEmbeddedCount(), extraction.maxEmbeddedDepth());
    var enrich = new EnrichmentSettings(enrichment.enabled(), enrichment.maxTokens(), enrichment.timeout(),
        enrichment.posMaxLen(), enrichment.nerMaxLen(), enrichment.maxKeyPhrases(), enrichment.maxEntities(), threads);
    return new IngestSettings(chunkSize, threads, maxBodyChars, limits, extraction.workers(), launch, enrich);
  }
}
