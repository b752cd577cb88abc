package org.copse.web.digest;

import java.util.List;
import org.copse.index.AccessScope;

/**
 * Finds people who know about a topic, for the "people you could ask" section.
 *
 * <p>Contract: thread safe; only evidence inside {@code scope} may count, and each suggestion names
 * the communities its evidence came from; at most {@code limit} suggestions, best first; an
 * unknown topic gives none.
 */
@FunctionalInterface
public interface ExpertFinder {

  List<SuggestedExpert> expertsFor(String topic, AccessScope scope, int limit);
}
