package org.copse.bench.harness;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples, once a second, how much CPU the rest of the machine used beside this benchmark, so that
 * every result says how quiet the machine was while it was measured.
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
    if (system < 0 || process < 0) {
      return;
    }
    double others = Math.max(0, system - process) * cores;
    otherCoresSum += others;
    otherCoresMax = Math.max(otherCoresMax, others);
    samples++;
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
