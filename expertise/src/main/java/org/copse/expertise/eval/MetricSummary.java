package org.copse.expertise.eval;

/**
 * Mean metrics over a set of test questions.
 *
 * @param questions how many questions were judged
 * @param mrr mean reciprocal rank
 * @param precisionAt1 share of questions whose first suggestion was right
 * @param ndcgAt10 mean nDCG over the first 10
 * @param recallAt100 mean share of right answerers in the first 100
 */
public record MetricSummary(int questions, double mrr, double precisionAt1, double ndcgAt10, double recallAt100) {}
