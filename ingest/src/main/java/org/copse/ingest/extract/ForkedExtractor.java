package org.copse.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.copse.ingest.source.SkipReason;

/**
 * Extracts each file in one of a small pool of worker JVMs, each started with an {@code -Xmx} cap
 * and {@code -XX:+ExitOnOutOfMemoryError}. A file that is too large or empty is refused before
 * any parsing; a file that exhausts the worker's memory, crashes it or outlives the time limit is
 * skipped ({@code OUT_OF_MEMORY}, {@code CORRUPT}, {@code TIMEOUT}) and that worker is restarted;
 * the other files and the calling JVM are unaffected.
 */
public final class ForkedExtractor implements Extractor {
  /** Workers by default: this machine has two cores. */
  public static final int DEFAULT_WORKERS = 2;

  private final ExtractionLimits limits;
  private final List<WorkerProcess> workers = new ArrayList<>();
  private final BlockingQueue<WorkerProcess> idle;

  public ForkedExtractor(ExtractionLimits limits, WorkerLaunch launch, int workerCount) {
    if (workerCount < 1) {
      throw new IllegalArgumentException("workerCount must be at least 1: " + workerCount);
    }
    this.limits = limits;
    this.idle = new ArrayBlockingQueue<>(workerCount);
    for (int i = 0; i < workerCount; i++) {
      WorkerProcess worker = new WorkerProcess(launch, limits, i);
      workers.add(worker);
      idle.add(worker);
    }
  }

  public ForkedExtractor(ExtractionLimits limits) {
    this(limits, WorkerLaunch.fromCurrentJvm(), DEFAULT_WORKERS);
  }

  @Override
  public ExtractionResult extract(Path file) {
    long size;
    try {
      if (!Files.isRegularFile(file)) {
        return ExtractionResult.failed(SkipReason.INVALID, "not a regular file");
      }
      size = Files.size(file);
    } catch (IOException e) {
      return ExtractionResult.failed(SkipReason.INVALID, "cannot read: " + e);
    }
    if (size == 0) {
      return ExtractionResult.failed(SkipReason.EMPTY, "zero-byte file");
    }
    if (size > limits.maxFileBytes()) {
      return ExtractionResult.failed(SkipReason.TOO_LARGE,
          size + " bytes is over the limit of " + limits.maxFileBytes());
    }
    WorkerProcess worker = take();
    try {
      return worker.extract(file);
    } finally {
      idle.add(worker);
    }
  }

  /** How many times worker JVMs were restarted after a crash, an out-of-memory error or a timeout. */
  public int restarts() {
    return workers.stream().mapToInt(w -> Math.max(0, w.starts() - 1)).sum();
  }

  private WorkerProcess take() {
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted while waiting for an extraction worker", e);
    }
  }

  @Override
  public void close() {
    workers.forEach(WorkerProcess::close);
  }
}
