package org.copse.ingest.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds one file's extraction must stay within.
 *
 * @param maxFileBytes files larger than this are skipped as {@code TOO_LARGE} without being parsed
 * @param maxTextChars extracted text beyond this many characters is cut off (the rest is dropped,
 *     and the document is marked truncated)
 * @param timeout wall-clock time allowed for one file; the worker is killed and restarted after it
 * @param workerHeapMb the {@code -Xmx} of each worker JVM
 * @param maxEmbeddedCount at most this many embedded documents (archive entries, attachments)
 * @param maxEmbeddedDepth embedded documents nested deeper than this are left out
 */
public record ExtractionLimits(long maxFileBytes, int maxTextChars, Duration timeout, int workerHeapMb,
    int maxEmbeddedCount, int maxEmbeddedDepth) {

  public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;
  public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  public static final int DEFAULT_WORKER_HEAP_MB = 512;
  public static final int DEFAULT_MAX_EMBEDDED_COUNT = 1_000;
  public static final int DEFAULT_MAX_EMBEDDED_DEPTH = 5;

  public ExtractionLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (workerHeapMb < 64) {
      throw new IllegalArgumentException("workerHeapMb must be at least 64: " + workerHeapMb);
    }
    if (maxEmbeddedCount < 0 || maxEmbeddedDepth < 0) {
      throw new IllegalArgumentException("embedded limits must not be negative");
    }
  }

  public static ExtractionLimits defaults() {
    return new ExtractionLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TEXT_CHARS, DEFAULT_TIMEOUT,
        DEFAULT_WORKER_HEAP_MB, DEFAULT_MAX_EMBEDDED_COUNT, DEFAULT_MAX_EMBEDDED_DEPTH);
  }

  public ExtractionLimits withTimeout(Duration value) {
    return new ExtractionLimits(maxFileBytes, maxTextChars, value, workerHeapMb, maxEmbeddedCount, maxEmbeddedDepth);
  }

  public ExtractionLimits withWorkerHeapMb(int value) {
    return new ExtractionLimits(maxFileBytes, maxTextChars, timeout, value, maxEmbeddedCount, maxEmbeddedDepth);
  }

  public ExtractionLimits withMaxFileBytes(long value) {
    return new ExtractionLimits(value, maxTextChars, timeout, workerHeapMb, maxEmbeddedCount, maxEmbeddedDepth);
  }

  public ExtractionLimits withMaxTextChars(int value) {
    return new ExtractionLimits(maxFileBytes, value, timeout, workerHeapMb, maxEmbeddedCount, maxEmbeddedDepth);
  }

  public ExtractionLimits withEmbedded(int count, int depth) {
    return new ExtractionLimits(maxFileBytes, maxTextChars, timeout, workerHeapMb, count, depth);
  }
}
