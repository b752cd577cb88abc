package org.copse.web.facilitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.copse.expertise.rank.Expert;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.expertise.rank.ExpertQuery;
import org.copse.expertise.rank.TopicWeight;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.Directory;
import org.copse.index.InvalidQueryException;
import org.copse.index.Member;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who could answer an unanswered question, and asking a few of them.
 *
 * <p>Candidates come from the expertise ranking ({@link ExpertFinder}) over the question's text and
 * tags, with evidence only from what the facilitator may read plus the question's community, and are
 * then restricted to members who may themselves read the question's community; the people already in
 * the thread are left out. Only candidates who opted in, are not paused, are under their weekly cap
 * and were not already asked about this question can be asked. Asking spreads the load: among the
 * best {@link #POOL_FACTOR}× as many askable candidates as wanted, those asked least in the last
 * {@link #ROTATION_WINDOW} (then least recently, then best ranked) are chosen.
 *
 * <p>Thread safe.
 */
public final class WhoToAsk {
  /** How many ranked experts are read before filtering. */
  public static final int CANDIDATE_DEPTH = 30;
  /** The most people one request may ask. */
  public static final int MAX_ASK = 5;
  static final int POOL_FACTOR = 2;
  static final Duration WEEK = Duration.ofDays(7);
  static final Duration ROTATION_WINDOW = Duration.ofDays(28);
  private static final Logger log = LoggerFactory.getLogger(WhoToAsk.class);

  /** Whether a candidate can be asked now, and if not why. */
  public enum Status {
    ASKABLE("can be asked"),
    NOT_OPTED_IN("has not opted in to being asked"),
    PAUSED("has paused requests"),
    WEEKLY_CAP_REACHED("has had as many requests this week as they allow"),
    ALREADY_ASKED("was already asked about this question");

    private final String text;

    Status(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /**
   * A member who could answer.
   *
   * @param memberId the member
   * @param name their display name
   * @param score the expertise score, comparable within one list
   * @param topics their strongest topics the viewer may see
   * @param status whether they can be asked now
   * @param askedThisWeek requests they had in the last seven days
   */
  public record Candidate(String memberId, String name, double score, List<String> topics, Status status,
      int askedThisWeek) {
    public Candidate {
      topics = List.copyOf(topics);
    }
  }

  /**
   * Someone who was asked.
   *
   * @param memberId the member
   * @param name their display name
   * @param emailed whether an email was sent too
   * @param problem why the email failed, if it did (the in-app request stands)
   */
  public record Asked(String memberId, String name, boolean emailed, @Nullable String problem) {}

  private final ExpertFinder finder;
  private final Directory directory;
  private final AskPreferencesStore preferences;
  private final AskRequests requests;
  private final AskNotifier notifier;
  private final Clock clock;

  public WhoToAsk(ExpertFinder finder, Directory directory, AskPreferencesStore preferences, AskRequests requests,
      AskNotifier notifier, Clock clock) {
    this.finder = finder;
    this.directory = directory;
    this.preferences = preferences;
    this.requests = requests;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** The members most likely to answer, best first, at most {@code limit}, each with whether they can be asked. */
  public List<Candidate> candidates(Contribution question, AccessScope viewer, int limit) {
    if (limit < 1 || limit > CANDIDATE_DEPTH) {
      throw new InvalidQueryException("limit", "limit must be from 1 to " + CANDIDATE_DEPTH + ", not " + limit);
    }
    ExpertQuery query = ExpertQuery.ofText(question.title() + " " + question.body(), question.tags());
    for (String participant : question.memberIds()) {
      query = query.excluding(participant);
    }
    Set<String> readable = new TreeSet<>(viewer.communityIds());
    readable.add(question.communityId());
    List<Expert> experts = finder.experts(query, new AccessScope(viewer.viewerId(), readable), CANDIDATE_DEPTH);
    Set<String> alreadyAsked = requests.askedAbout(question.id());
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<Candidate> candidates = new ArrayList<>();
    for (Expert expert : experts) {
      if (candidates.size() == limit) {
        break;
      }
      String id = expert.memberId();
      if (!directory.scopeFor(id).canRead(question.communityId())) {
        continue; // never route a question to someone who may not read it
      }
      AskPreferences p = preferences.get(id);
      int thisWeek = requests.countSince(id, now.minus(WEEK));
      Status status = !p.optedIn() ? Status.NOT_OPTED_IN
          : !p.askableOn(today) ? Status.PAUSED
          : alreadyAsked.contains(id) ? Status.ALREADY_ASKED
          : thisWeek >= p.maxPerWeek() ? Status.WEEKLY_CAP_REACHED
          : Status.ASKABLE;
      candidates.add(new Candidate(id, name(id), expert.score(),
          expert.topics().stream().map(TopicWeight::topic).limit(5).toList(), status, thisWeek));
    }
    return candidates;
  }

  /**
   * Asks up to {@code howMany} (1 to {@link #MAX_ASK}) candidates who can be asked, spreading the
   * load; records each request (their in-app notification) and emails those who chose email.
   * Returns who was asked, possibly nobody.
   */
  public List<Asked> ask(Contribution question, AccessScope viewer, String askedBy, int howMany) {
    if (howMany < 1 || howMany > MAX_ASK) {
      throw new InvalidQueryException("count", "ask from 1 to " + MAX_ASK + " people, not " + howMany);
    }
    Instant now = clock.instant();
    List<Candidate> pool = candidates(question, viewer, CANDIDATE_DEPTH).stream()
        .filter(c -> c.status() == Status.ASKABLE).limit((long) howMany * POOL_FACTOR).toList();
    List<Candidate> ranked = new ArrayList<>(pool);
    List<String> order = pool.stream().map(Candidate::memberId).toList();
    ranked.sort(Comparator.comparingInt((Candidate c) -> requests.countSince(c.memberId(), now.minus(ROTATION_WINDOW)))
        .thenComparing(c -> requests.lastAsked(c.memberId()).orElse(Instant.EPOCH))
        .thenComparingInt(c -> order.indexOf(c.memberId())));
    List<Asked> asked = new ArrayList<>();
    for (Candidate candidate : ranked.subList(0, Math.min(howMany, ranked.size()))) {
      if (requests.record(new AskRequests.AskRequest(question.id(), candidate.memberId(), question.communityId(),
          askedBy, now))) {
        asked.add(notify(candidate, question));
      }
    }
    return asked;
  }

  private Asked notify(Candidate candidate, Contribution question) {
    AskPreferences p = preferences.get(candidate.memberId());
    Member member = directory.member(candidate.memberId()).orElse(null);
    if (member == null || p.channel() != AskPreferences.Channel.EMAIL) {
      return new Asked(candidate.memberId(), candidate.name(), false, null);
    }
    try {
      notifier.notify(member, question, p);
      return new Asked(candidate.memberId(), candidate.name(), true, null);
    } catch (RuntimeException e) {
      // the request is recorded and shows in their inbox; the failed email is reported to the asker
      log.warn("could not email {} about question {}", member.id(), question.id(), e);
      return new Asked(candidate.memberId(), candidate.name(), false, "the email could not be sent: " + e.getMessage());
    }
  }

  private String name(String memberId) {
    return directory.member(memberId).map(Member::displayName).orElse(memberId);
  }
}
