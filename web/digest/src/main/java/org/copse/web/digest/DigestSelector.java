package org.copse.web.digest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.copse.index.AccessScope;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Directory;
import org.copse.index.Membership;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SortOrder;
import org.jspecify.annotations.Nullable;

/**
 * Chooses what one member hears about from a period: new contributions in the communities they may
 * read (narrowed to those they chose), found by their interests and their own communities, without
 * their own posts, split into sections and diversified (MMR, a cap per thread), plus people to ask
 * about what they asked. Every read of the index is in the member's own scope.
 *
 * <p>Thread safe. The result depends only on the index, the directory and the interests at the time
 * of the call; access is checked again when the digest is sent (see {@link DigestDelivery}).
 */
public final class DigestSelector {
  /** Posts of the period read to find discussions in the member's own communities. */
  static final int RECENT_DEPTH = 100;
  /** What belonging to a (non-public or joined) community adds to a post's relevance. */
  static final double OWN_COMMUNITY_BOOST = 0.3;
  /** What a facilitator's good-practice mark adds to a post's relevance: more than a strong interest match. */
  static final double MARKED_GOOD_PRACTICE_WEIGHT = 1.5;
  private static final Duration ANSWERED_CACHE_LIFE = Duration.ofMinutes(10);
  private static final Set<ContributionKind> GOOD_PRACTICE =
      EnumSet.of(ContributionKind.LIBRARY_DOCUMENT, ContributionKind.WIKI_PAGE, ContributionKind.BLOG_POST);

  private final SearchIndex index;
  private final Directory directory;
  private final MemberInterests interests;
  private final ExpertFinder experts;
  private final DigestSettings settings;
  private final DiversityRanker ranker;
  private final GoodPracticeMarks marks;
  private final FacilitatorSummaries summaries;
  private @Nullable AnsweredCache answered;

  private record AnsweredCache(DigestPeriod period, long createdNanos, AnsweredThreads threads) {}

  public DigestSelector(SearchIndex index, Directory directory, MemberInterests interests, ExpertFinder experts,
      DigestSettings settings) {
    this(index, directory, interests, experts, settings, GoodPracticeMarks.NONE, FacilitatorSummaries.NONE);
  }

  /** With facilitators' good-practice marks and the facilitators' weekly summary. */
  public DigestSelector(SearchIndex index, Directory directory, MemberInterests interests, ExpertFinder experts,
      DigestSettings settings, GoodPracticeMarks marks, FacilitatorSummaries summaries) {
    this.marks = marks;
    this.summaries = summaries;
    this.index = index;
    this.directory = directory;
    this.interests = interests;
    this.experts = experts;
    this.settings = settings;
    this.ranker = new DiversityRanker(settings.diversity(), settings.maxPerThread());
  }

  /** The digest for a member; empty when nothing is relevant (and cold start is off). */
  public Digest select(String memberId, DigestPeriod period, DigestPreferences preferences) {
    Digest digest = selectItems(memberId, period, preferences);
    if (!preferences.wants(DigestSection.FACILITATOR_SUMMARY)) {
      return digest;
    }
    return digest.withFacilitatorNotes(summaries.summaryFor(memberId, period));
  }

  private Digest selectItems(String memberId, DigestPeriod period, DigestPreferences preferences) {
    AccessScope readable = directory.scopeFor(memberId);
    AccessScope scope = narrow(readable, preferences);
    if (scope.isEmpty()) {
      return Digest.empty(memberId, period);
    }
    Set<String> own = new TreeSet<>();
    directory.membershipsOf(memberId).stream().map(Membership::communityId).filter(scope::canRead).forEach(own::add);
    InterestProfile profile = interests.interestsOf(memberId, readable, period.end());
    Map<String, Double> tags = new HashMap<>(normalised(profile.tags()));
    preferences.followedTags().forEach(tag -> tags.merge(tag, 1.0, Math::max));

    Map<String, Candidate> pool = new LinkedHashMap<>();
    for (String tag : InterestProfile.strongest(tags, settings.interestQueries())) {
      List<SearchHit> hits = search(Queries.taggedInPeriod(tag, period), scope, SortOrder.NEWEST, settings.candidatesPerQuery());
      hits.forEach(hit -> candidate(pool, hit).addInterest(tags.get(tag), "tag " + tag));
    }
    Map<String, Double> phrases = normalised(profile.phrases());
    for (String phrase : InterestProfile.strongest(phrases, settings.interestQueries())) {
      List<SearchHit> hits = search(Queries.aboutInPeriod(phrase, period), scope, SortOrder.RELEVANCE,
          settings.candidatesPerQuery());
      for (int rank = 0; rank < hits.size(); rank++) {
        candidate(pool, hits.get(rank)).addInterest(phrases.get(phrase) / (1 + 0.1 * rank), "about " + phrase);
      }
    }
    List<SearchHit> recent = search(Queries.inPeriod(period), scope, SortOrder.NEWEST, RECENT_DEPTH);
    for (SearchHit hit : recent) {
      if (own.contains(hit.communityId())) {
        candidate(pool, hit).addCommunity();
      }
    }
    addGoodPractice(pool, period, scope);
    pool.values().removeIf(c -> c.hit.authorIds().contains(memberId));

    Map<String, String> names = communityNames();
    AnsweredThreads answeredThreads = answeredThreads(period);
    Map<DigestSection, List<DigestItem>> bySection = new LinkedHashMap<>();
    for (Candidate c : pool.values()) {
      DigestSection section = sectionOf(c, answeredThreads);
      if (preferences.wants(section)) {
        c.fresh = settings.freshness() * fractionOfPeriod(c.hit.created(), period);
        bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(c.toItem(section, names));
      }
    }
    List<DigestItem> items = new ArrayList<>();
    for (DigestSection section : DigestSection.values()) {
      List<DigestItem> candidates = bySection.getOrDefault(section, List.of());
      items.addAll(ranker.select(sortedByRelevance(candidates), settings.itemsPerSection()));
    }
    List<SuggestedExpert> people = preferences.wants(DigestSection.PEOPLE_TO_ASK)
        ? peopleToAsk(memberId, profile, scope) : List.of();
    Digest digest = new Digest(memberId, period, items, people, false);
    if (digest.isEmpty() && settings.coldStart()) {
      return coldStart(memberId, period, preferences, scope, recent, names);
    }
    return digest;
  }

  private List<SearchHit> search(org.copse.index.query.UserQuery query, AccessScope scope, SortOrder sort, int limit) {
    return index.search(Queries.request(query, scope, sort, 0, limit)).hits();
  }

  private static AccessScope narrow(AccessScope readable, DigestPreferences preferences) {
    if (preferences.communityIds().isEmpty()) {
      return readable;
    }
    Set<String> chosen = new TreeSet<>(readable.communityIds());
    chosen.retainAll(preferences.communityIds());
    return new AccessScope(readable.viewerId(), chosen);
  }

  /**
   * Marked candidates rank higher; contributions marked during the period join the pool when the
   * member may read them (read again in the member's scope, never from the unscoped marks).
   */
  private void addGoodPractice(Map<String, Candidate> pool, DigestPeriod period, AccessScope scope) {
    for (String id : marks.markedBetween(period.startInstant(), period.endInstant())) {
      if (!pool.containsKey(id)) {
        index.get(id, scope).ifPresent(c -> pool.put(id, new Candidate(hitOf(c))));
      }
    }
    for (Candidate c : pool.values()) {
      if (marks.isMarked(c.hit.id())) {
        c.marked = true;
        c.addInterest(MARKED_GOOD_PRACTICE_WEIGHT, "marked as good practice by a facilitator");
      }
    }
  }

  private static SearchHit hitOf(Contribution c) {
    String excerpt = c.body().length() > 300 ? c.body().substring(0, 300) : c.body();
    // a snippet is escaped text (SearchHit's contract); Excerpts.fromSnippet unescapes it again
    String snippet = excerpt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
    return new SearchHit(c.id(), c.kind(), c.communityId(), c.title(), snippet, c.memberIds(), c.tags(), c.created(),
        c.updated(), c.threadId(), c.sourceUrl());
  }

  private DigestSection sectionOf(Candidate c, AnsweredThreads answeredThreads) {
    ContributionKind kind = c.hit.kind();
    if (c.marked || GOOD_PRACTICE.contains(kind)) {
      return DigestSection.GOOD_PRACTICE;
    }
    if (kind == ContributionKind.FORUM_QUESTION && c.interest > 0
        && !answeredThreads.isAnswered(c.hit.communityId(), c.hit.threadId())) {
      return DigestSection.UNANSWERED;
    }
    return DigestSection.DISCUSSIONS;
  }

  private List<SuggestedExpert> peopleToAsk(String memberId, InterestProfile profile, AccessScope scope) {
    if (settings.experts() == 0 || profile.askedTopics().isEmpty()) {
      return List.of();
    }
    Map<String, Double> askedWeights = new HashMap<>();
    profile.askedTopics().forEach(t -> askedWeights.put(t, profile.tags().getOrDefault(t, 0.0)));
    Map<String, SuggestedExpert> chosen = new LinkedHashMap<>();
    for (String topic : InterestProfile.strongest(askedWeights, settings.experts())) {
      for (SuggestedExpert expert : experts.expertsFor(topic, scope, settings.experts())) {
        if (!expert.memberId().equals(memberId) && chosen.size() < settings.experts()) {
          chosen.putIfAbsent(expert.memberId(), expert);
        }
      }
    }
    return List.copyOf(chosen.values());
  }

  private Digest coldStart(String memberId, DigestPeriod period, DigestPreferences preferences, AccessScope scope,
      List<SearchHit> recent, Map<String, String> names) {
    List<Contribution> valued = recent.stream()
        .filter(hit -> !hit.authorIds().contains(memberId))
        .flatMap(hit -> index.get(hit.id(), scope).stream())
        .sorted(Comparator.comparingInt(Contribution::score).reversed()
            .thenComparing(Contribution::created, Comparator.reverseOrder())
            .thenComparing(Contribution::id))
        .toList();
    Map<String, SearchHit> hitsById = new HashMap<>();
    recent.forEach(hit -> hitsById.put(hit.id(), hit));
    List<DigestItem> items = new ArrayList<>();
    for (Contribution c : valued) {
      DigestSection section = GOOD_PRACTICE.contains(c.kind()) ? DigestSection.GOOD_PRACTICE : DigestSection.DISCUSSIONS;
      if (items.size() < settings.coldStartItems() && preferences.wants(section)) {
        Candidate candidate = new Candidate(hitsById.get(c.id()));
        candidate.interest = c.score();
        candidate.reasons.add("valued by the community");
        items.add(candidate.toItem(section, names));
      }
    }
    items.sort(Comparator.comparing(DigestItem::section));
    return new Digest(memberId, period, items, List.of(), true);
  }

  private Map<String, String> communityNames() {
    Map<String, String> names = new HashMap<>();
    for (Community community : directory.communities()) {
      names.put(community.id(), community.name());
    }
    return names;
  }

  private synchronized AnsweredThreads answeredThreads(DigestPeriod period) {
    AnsweredCache cache = answered;
    if (cache == null || !cache.period().equals(period)
        || System.nanoTime() - cache.createdNanos() > ANSWERED_CACHE_LIFE.toNanos()) {
      cache = new AnsweredCache(period, System.nanoTime(), new AnsweredThreads(index, period));
      answered = cache;
    }
    return cache.threads();
  }

  /** 0 at the start of the period, 1 at its end. */
  private static double fractionOfPeriod(java.time.Instant created, DigestPeriod period) {
    double length = period.endInstant().toEpochMilli() - period.startInstant().toEpochMilli();
    double into = created.toEpochMilli() - period.startInstant().toEpochMilli();
    return Math.max(0, Math.min(1, into / length));
  }

  private static Map<String, Double> normalised(Map<String, Double> weights) {
    double max = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Map<String, Double> result = new HashMap<>();
    weights.forEach((k, v) -> result.put(k, max > 0 ? v / max : 0));
    return result;
  }

  private static List<DigestItem> sortedByRelevance(List<DigestItem> items) {
    return items.stream()
        .sorted(Comparator.comparingDouble(DigestItem::relevance).reversed()
            .thenComparing(DigestItem::created, Comparator.reverseOrder())
            .thenComparing(DigestItem::contributionId))
        .toList();
  }

  private static Candidate candidate(Map<String, Candidate> pool, SearchHit hit) {
    return pool.computeIfAbsent(hit.id(), id -> new Candidate(hit));
  }

  /** A post being considered, with what it has scored so far. */
  private static final class Candidate {
    final SearchHit hit;
    boolean marked;
    double interest;
    double community;
    double fresh;
    final Set<String> reasons = new LinkedHashSet<>();

    Candidate(SearchHit hit) {
      this.hit = hit;
    }

    void addInterest(double weight, String reason) {
      interest += weight;
      reasons.add(reason);
    }

    void addCommunity() {
      community = OWN_COMMUNITY_BOOST;
      reasons.add("your community");
    }

    DigestItem toItem(DigestSection section, Map<String, String> names) {
      return new DigestItem(section, hit.id(), hit.kind(), hit.communityId(),
          names.getOrDefault(hit.communityId(), hit.communityId()), hit.title(),
          Excerpts.fromSnippet(hit.snippetHtml()), hit.created(), hit.threadId(), hit.tags(), hit.sourceUrl(),
          interest + community + fresh, List.copyOf(reasons));
    }
  }
}
