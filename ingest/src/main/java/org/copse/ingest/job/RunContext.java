package org.copse.ingest.job;

/**
 * The identity of the run in progress: the Spring Batch job instance id, the same across restarts
 * of one run. Set before the first step starts, read by the steps.
 */
final class RunContext {
  private volatile long runId = -1;

  void start(long jobInstanceId) {
    this.runId = jobInstanceId;
  }

  long runId() {
    if (runId < 0) {
      throw new IllegalStateException("the run has not started");
    }
    return runId;
  }
}
