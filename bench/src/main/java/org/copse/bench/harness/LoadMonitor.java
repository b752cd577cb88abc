package org.copse.bench.harness;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples, once a second, how much CPU the rest of the machine used beside this benchmark, so that
 * every result says how quiet the machine was while it was measured. The benchmark's own child
 * processes (an Elasticsearch node, Tika workers, the application whose start-up is timed) are
 * part of the benchmark, not "other".
 */
public final class LoadMonitor implements AutoCloseable {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final int cores = Runtime.getRuntime().availableProcessors();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "load-monitor");
    thread.setDaemon(true);
    return thread;
  });
  /** CPU time of each live child process at the last sample. */
  private final Map<Long, Duration> childCpu = new HashMap<>();
  private long lastSample = System.nanoTime();
  private double otherCoresSum;
  private double otherCoresMax;
  private int samples;

  private LoadMonitor() {}

  public static LoadMonitor start() {
    LoadMonitor monitor = new LoadMonitor();
    monitor.timer.scheduleAtFixedRate(monitor::sample, 1, 1, TimeUnit.SECONDS);
    return monitor;
  }

  private synchronized void sample() {
    double system = os.getCpuLoad();
    double process = os.getProcessCpuLoad();
    double children = childCores();
    if (system < 0 || process < 0) {
      return;
    }
    double others = Math.max(0, (system - process) * cores - children);
    otherCoresSum += others;
    otherCoresMax = Math.max(otherCoresMax, others);
    samples++;
  }

  /** Cores the descendants of this JVM used since the last sample. */
  private double childCores() {
    long now = System.nanoTime();
    double seconds = (now - lastSample) / 1e9;
    lastSample = now;
    Map<Long, Duration> seen = new HashMap<>();
    long usedNanos = 0;
    for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
      Duration cpu = child.info().totalCpuDuration().orElse(null);
      if (cpu != null) {
        seen.put(child.pid(), cpu);
        usedNanos += cpu.minus(childCpu.getOrDefault(child.pid(), Duration.ZERO)).toNanos();
      }
    }
    childCpu.clear();
    childCpu.putAll(seen);
    return seconds <= 0 ? 0 : Math.max(0, usedNanos / 1e9 / seconds);
  }

  /** Mean cores used by other processes, or -1 with no samples yet. */
  public synchronized double meanOtherCores() {
    return samples == 0 ? -1 : otherCoresSum / samples;
  }

  public synchronized double maxOtherCores() {
    return samples == 0 ? -1 : otherCoresMax;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
