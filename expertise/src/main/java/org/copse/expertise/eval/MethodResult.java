package org.copse.expertise.eval;

import java.util.Map;

/**
 * One method's figures.
 *
 * @param strict judged against the accepted answerer, over questions that have one
 * @param lenient judged against every good answerer
 * @param strictBySlice strict figures by how much the accepted answerer had answered before the question
 */
public record MethodResult(MetricSummary strict, MetricSummary lenient, Map<String, MetricSummary> strictBySlice) {
  public MethodResult {
    strictBySlice = Map.copyOf(strictBySlice);
  }
}
