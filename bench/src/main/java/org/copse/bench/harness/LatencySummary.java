package org.copse.bench.harness;

/**
 * Latency percentiles and throughput of one timed run.
 *
 * @param p50 median latency, ms
 * @param p95 95th percentile, ms
 * @param p99 99th percentile, ms
 * @param qps operations per second of wall time, over all threads
 * @param operations how many operations were timed
 */
public record LatencySummary(double p50, double p95, double p99, double qps, int operations) {}
