package org.copse.web.digest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.copse.index.AccessScope;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SortOrder;

/**
 * Which discussions of a community got an answer during a period, read once per community and run.
 *
 * <p>It reads with a scope of one community at a time and is only asked about questions the
 * recipient can already see (an answer lives in its question's community), so it tells nobody
 * anything they could not read. At most {@link SearchRequest#MAX_WINDOW} answers per community and
 * period are seen; a busier community may show an answered question as unanswered.
 */
final class AnsweredThreads {
  private static final String READER = "digest:answered-threads";
  private static final int PAGE = SearchRequest.MAX_LIMIT;

  private final SearchIndex index;
  private final DigestPeriod period;
  private final Map<String, Set<String>> byCommunity = new ConcurrentHashMap<>();

  AnsweredThreads(SearchIndex index, DigestPeriod period) {
    this.index = index;
    this.period = period;
  }

  boolean isAnswered(String communityId, String threadId) {
    return byCommunity.computeIfAbsent(communityId, this::load).contains(threadId);
  }

  private Set<String> load(String communityId) {
    AccessScope scope = AccessScope.of(READER, communityId);
    Set<String> threads = new HashSet<>();
    for (int offset = 0; offset + PAGE <= SearchRequest.MAX_WINDOW; offset += PAGE) {
      List<SearchHit> page = index.search(Queries.request(Queries.answersBetween(period.start(), period.end()),
          scope, SortOrder.NEWEST, offset, PAGE)).hits();
      page.forEach(hit -> threads.add(hit.threadId()));
      if (page.size() < PAGE) {
        break;
      }
    }
    return threads;
  }
}
