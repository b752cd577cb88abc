package org.copse.web.digest.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributorRole;
import org.copse.index.Contributor;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SortOrder;
import org.copse.index.query.UserQuery;
import org.copse.web.digest.Digest;
import org.copse.web.digest.DigestItem;
import org.copse.web.digest.DigestPeriod;
import org.copse.web.digest.DigestPreferences;
import org.copse.web.digest.DigestSelector;
import org.copse.web.digest.DigestSettings;
import org.copse.web.digest.EvidenceExpertFinder;
import org.copse.web.digest.HistoryInterests;
import org.copse.web.digest.IsoWeek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays contributions (such as a Stack Exchange dump) week by week and asks: of the items a
 * member's digest for week W would have shown, how many discussions did they go on to answer or
 * comment on in week W+1? Reported as precision@k over every (member, week) where the member
 * answered or commented in W+1, next to a baseline of the k most recent posts of week W (not their
 * own) in the same run.
 *
 * <p>The index is filled week by week, so nothing from after a week can shape its digest. A hit is
 * counted per discussion: an item counts when the member answered or commented in its thread in
 * W+1. Precision divides by k even when fewer items were chosen (an empty digest scores 0).
 */
public final class DigestEvaluation {
  private static final Logger log = LoggerFactory.getLogger(DigestEvaluation.class);
  private static final Set<ContributorRole> ENGAGING =
      EnumSet.of(ContributorRole.ANSWERER, ContributorRole.ACCEPTED_ANSWERER, ContributorRole.COMMENTER);

  /**
   * @param k the cut-off
   * @param warmUpWeeks weeks indexed before the first one evaluated, so members have a history
   * @param digest selection settings; each section should allow {@code k} items
   */
  public record Settings(int k, int warmUpWeeks, DigestSettings digest) {
    public static final Settings DEFAULTS = new Settings(10, 8, new DigestSettings(10, 2, 0.7, 0, false, 5, 30, 10, 0.5));

    public Settings {
      if (k < 1 || warmUpWeeks < 0) {
        throw new IllegalArgumentException("k must be at least 1 and warm-up weeks not negative");
      }
    }
  }

  /** One week's figures: summed hits over the members evaluated that week. */
  public record WeekResult(IsoWeek week, int members, int digestHits, int baselineHits, int digestItems) {}

  /**
   * The whole run.
   *
   * @param weeks per evaluated week with at least one member
   * @param memberWeeks (member, week) pairs evaluated
   * @param digestPrecision mean precision@k of the digest
   * @param baselinePrecision mean precision@k of the most recent posts
   * @param emptyDigests pairs where the digest chose nothing
   */
  public record Report(int k, List<WeekResult> weeks, int memberWeeks, double digestPrecision,
      double baselinePrecision, int emptyDigests) {
    public String summary() {
      return String.format("digest precision@%d %.4f vs most-recent baseline %.4f over %d member-weeks in %d weeks"
          + " (%d empty digests)", k, digestPrecision, baselinePrecision, memberWeeks, weeks.size(), emptyDigests);
    }
  }

  private final Settings settings;

  public DigestEvaluation(Settings settings) {
    this.settings = settings;
  }

  public Report run(List<Contribution> contributions, Supplier<SearchIndex> indexes) {
    TreeMap<IsoWeek, List<Contribution>> byWeek = new TreeMap<>();
    for (Contribution c : contributions) {
      byWeek.computeIfAbsent(IsoWeek.containing(c.created()), w -> new ArrayList<>()).add(c);
    }
    if (byWeek.isEmpty()) {
      return new Report(settings.k(), List.of(), 0, 0, 0, 0);
    }
    ReplayDirectory directory = new ReplayDirectory(contributions);
    List<WeekResult> weeks = new ArrayList<>();
    int memberWeeks = 0;
    int empty = 0;
    double digestSum = 0;
    double baselineSum = 0;
    try (SearchIndex index = indexes.get()) {
      DigestSelector selector = new DigestSelector(index, directory, new HistoryInterests(index),
          new EvidenceExpertFinder(index, directory), settings.digest());
      IsoWeek first = byWeek.firstKey();
      IsoWeek last = byWeek.lastKey();
      int weekNumber = 0;
      for (IsoWeek week = first; week.compareTo(last) < 0; week = week.next(), weekNumber++) {
        index.index(byWeek.getOrDefault(week, List.of()));
        if (weekNumber < settings.warmUpWeeks()) {
          continue;
        }
        Map<String, Set<String>> engaged = engagedThreads(byWeek.getOrDefault(week.next(), List.of()));
        DigestPeriod period = DigestPeriod.weekly(week);
        int digestHits = 0;
        int baselineHits = 0;
        int items = 0;
        for (Map.Entry<String, Set<String>> member : new TreeMap<>(engaged).entrySet()) {
          Digest digest = selector.select(member.getKey(), period, DigestPreferences.defaults(member.getKey()));
          List<String> digestThreads = digest.items().stream()
              .sorted(Comparator.comparingDouble(DigestItem::relevance).reversed())
              .limit(settings.k()).map(DigestItem::threadId).toList();
          List<String> recentThreads = mostRecent(index, directory.scopeFor(member.getKey()), period, member.getKey());
          int d = hits(digestThreads, member.getValue());
          int b = hits(recentThreads, member.getValue());
          digestHits += d;
          baselineHits += b;
          items += digestThreads.size();
          digestSum += d / (double) settings.k();
          baselineSum += b / (double) settings.k();
          empty += digestThreads.isEmpty() ? 1 : 0;
          memberWeeks++;
        }
        if (!engaged.isEmpty()) {
          weeks.add(new WeekResult(week, engaged.size(), digestHits, baselineHits, items));
        }
      }
    }
    Report report = new Report(settings.k(), weeks, memberWeeks, memberWeeks == 0 ? 0 : digestSum / memberWeeks,
        memberWeeks == 0 ? 0 : baselineSum / memberWeeks, empty);
    log.info("{}", report.summary());
    return report;
  }

  /** Per member, the threads they answered or commented in. */
  private static Map<String, Set<String>> engagedThreads(List<Contribution> week) {
    Map<String, Set<String>> engaged = new HashMap<>();
    for (Contribution c : week) {
      for (Contributor contributor : c.contributors()) {
        if (ENGAGING.contains(contributor.role())) {
          engaged.computeIfAbsent(contributor.memberId(), m -> new HashSet<>()).add(c.threadId());
        }
      }
    }
    return engaged;
  }

  /** The baseline: threads of the k most recent posts of the period in scope, not the member's own. */
  private List<String> mostRecent(SearchIndex index, AccessScope scope, DigestPeriod period, String memberId) {
    UserQuery inPeriod = new UserQuery(List.of(), List.of(), List.of(), period.start(), period.end(), "");
    List<SearchHit> hits = index.search(new SearchRequest(inPeriod, scope, SortOrder.NEWEST, 0,
        Math.min(SearchRequest.MAX_LIMIT, settings.k() * 5), Set.of(), SearchRequest.DEFAULT_FACET_LIMIT, false,
        false)).hits();
    return hits.stream().filter(h -> !h.authorIds().contains(memberId)).limit(settings.k())
        .map(SearchHit::threadId).toList();
  }

  /** How many of the ranked threads (counting a thread once) the member engaged with. */
  private static int hits(List<String> rankedThreads, Set<String> engaged) {
    return (int) rankedThreads.stream().distinct().filter(engaged::contains).count();
  }
}
