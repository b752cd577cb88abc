package org.copse.ingest.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.copse.ingest.source.SkipReason;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker JVM, started on first use and started afresh after it crashed, ran out of memory or
 * was killed for taking too long. Used by one thread at a time (the pool in {@link ForkedExtractor}).
 */
final class WorkerProcess implements AutoCloseable {
  /** The exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OUT_OF_MEMORY_EXIT = 3;
  private static final Duration STARTUP_ALLOWANCE = Duration.ofSeconds(60);
  private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);

  private final WorkerLaunch launch;
  private final ExtractionLimits limits;
  private final ExecutorService replies;
  private @Nullable Process process;
  private @Nullable DataOutputStream requests;
  private @Nullable DataInputStream results;
  private int starts;

  WorkerProcess(WorkerLaunch launch, ExtractionLimits limits, int number) {
    this.launch = launch;
    this.limits = limits;
    this.replies = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "extraction-worker-" + number + "-reply");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** How many times a JVM was started for this worker (1 when it never had to restart). */
  int starts() {
    return starts;
  }

  ExtractionResult extract(Path file) {
    ensureRunning();
    DataOutputStream out = requests;
    DataInputStream in = results;
    try {
      WorkerProtocol.writeRequest(out, file);
    } catch (IOException e) {
      return died(file, e);
    }
    Future<ExtractionResult> reply = replies.submit(() -> WorkerProtocol.readResult(in));
    try {
      return reply.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      stop();
      reply.cancel(true);
      log.warn("extraction of {} took longer than {}; worker restarted", file, limits.timeout());
      return ExtractionResult.failed(SkipReason.TIMEOUT, "no result within " + limits.timeout().toSeconds() + " s");
    } catch (ExecutionException e) {
      return died(file, e.getCause());
    } catch (InterruptedException e) {
      stop();
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted while extracting " + file, e);
    }
  }

  private ExtractionResult died(Path file, Throwable cause) {
    Integer exit = exitCode();
    stop();
    if (exit != null && exit == OUT_OF_MEMORY_EXIT) {
      log.warn("extraction of {} ran out of memory ({} MB); worker restarted", file, limits.workerHeapMb());
      return ExtractionResult.failed(SkipReason.OUT_OF_MEMORY,
          "worker ran out of memory (-Xmx" + limits.workerHeapMb() + "m)");
    }
    log.warn("extraction worker died on {} (exit {}); restarted", file, exit, cause);
    return ExtractionResult.failed(SkipReason.CORRUPT, "worker crashed (exit " + exit + "): " + cause);
  }

  private @Nullable Integer exitCode() {
    Process p = process;
    if (p == null) {
      return null;
    }
    try {
      return p.waitFor(5, TimeUnit.SECONDS) ? p.exitValue() : null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private void ensureRunning() {
    if (process != null && process.isAlive()) {
      return;
    }
    stop();
    List<String> command = new ArrayList<>();
    command.add(launch.javaCommand());
    command.add("-Xmx" + limits.workerHeapMb() + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:ActiveProcessorCount=1");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Djava.awt.headless=true");
    // POI logs through Log4j API; without this it complains on every start that it has no provider.
    command.add("-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    command.addAll(launch.jvmOptions());
    command.add("-cp");
    command.add(launch.classPath());
    command.add(launch.mainClass());
    command.add(Integer.toString(limits.maxTextChars()));
    command.add(Integer.toString(limits.maxEmbeddedCount()));
    command.add(Integer.toString(limits.maxEmbeddedDepth()));
    try {
      Process started = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      process = started;
      requests = new DataOutputStream(new BufferedOutputStream(started.getOutputStream()));
      results = new DataInputStream(new BufferedInputStream(started.getInputStream(), 1 << 16));
      starts++;
    } catch (IOException e) {
      throw new ExtractionException("cannot start the extraction worker " + command, e);
    }
    awaitReady(command);
  }

  /** Waits for the worker's ready signal, so JVM start-up does not count against a file's time limit. */
  private void awaitReady(List<String> command) {
    DataInputStream in = results;
    Future<Integer> ready = replies.submit(() -> in.read());
    try {
      int signal = ready.get(STARTUP_ALLOWANCE.toMillis(), TimeUnit.MILLISECONDS);
      if (signal != WorkerProtocol.READY) {
        throw new ExtractionException("the extraction worker did not start (exit " + exitCode() + "): " + command);
      }
    } catch (TimeoutException | ExecutionException e) {
      stop();
      throw new ExtractionException("the extraction worker did not start: " + command, e);
    } catch (InterruptedException e) {
      stop();
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted while starting the extraction worker", e);
    }
  }

  /** Kills the worker JVM, if any; the next extraction starts a new one. */
  private void stop() {
    Process p = process;
    process = null;
    requests = null;
    results = null;
    if (p != null) {
      p.destroyForcibly();
      try {
        p.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
    replies.shutdownNow();
  }

}
