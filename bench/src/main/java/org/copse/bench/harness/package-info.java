/**
 * Measuring and reporting: latency summaries, medians of repeated rounds, heap probes, the machine
 * description and the Markdown and JSON result table.
 */
@NullMarked
package org.copse.bench.harness;

import org.jspecify.annotations.NullMarked;
