package org.copse.web.digest;

import java.util.List;

/**
 * The weekly summary a facilitator gets about the communities they look after (the facilitation
 * module implements it). Contract: thread safe; empty for members who facilitate nothing and for
 * periods other than a week; only communities the member may act for.
 */
@FunctionalInterface
public interface FacilitatorSummaries {
  FacilitatorSummaries NONE = (memberId, period) -> List.of();

  List<FacilitatorNote> summaryFor(String memberId, DigestPeriod period);
}
