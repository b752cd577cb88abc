package org.copse.web.facilitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.copse.index.ContributionKind;
import org.copse.index.Directory;
import org.copse.index.Member;
import org.copse.store.Jdbc;
import org.copse.web.digest.IsoWeek;

/**
 * Computes a community's {@link HealthReport} from the contribution store's tables (the durable
 * record, exact at any size, unlike the index's capped result window) and the search-open counts.
 * Only the community's own contributions are read. Thread safe.
 */
public final class CommunityHealth {
  private final Jdbc sql;
  private final Directory directory;
  private final Clock clock;
  private final HealthSettings settings;

  public CommunityHealth(DataSource dataSource, Directory directory, Clock clock, HealthSettings settings) {
    this.sql = new Jdbc(dataSource);
    this.directory = directory;
    this.clock = clock;
    this.settings = settings;
  }

  public HealthSettings settings() {
    return settings;
  }

  public HealthReport report(String communityId) {
    Instant now = clock.instant();
    List<IsoWeek> weeks = weeksEndingWith(IsoWeek.containing(now), settings.weeks());
    Instant start = weeks.get(0).monday().atStartOfDay().toInstant(ZoneOffset.UTC);
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < weeks.size(); i++) {
      position.put(weeks.get(i).toString(), i);
    }

    Map<ContributionKind, long[]> activity = new EnumMap<>(ContributionKind.class);
    for (ContributionKind kind : ContributionKind.values()) {
      activity.put(kind, new long[weeks.size()]);
    }
    sql.query("read community activity", "SELECT kind, created FROM contributions WHERE community_id = ? AND created >= ?",
        row -> {
          Integer at = position.get(IsoWeek.containing(Jdbc.instant(row, "created")).toString());
          if (at != null) {
            activity.get(ContributionKind.valueOf(row.getString("kind")))[at]++;
          }
          return 1;
        }, communityId, start);

    long[] newMembers = new long[weeks.size()];
    sql.query("read first contributions", "SELECT cc.member_id, MIN(c.created) AS first_created "
            + "FROM contribution_contributors cc JOIN contributions c ON c.id = cc.contribution_id "
            + "WHERE c.community_id = ? GROUP BY cc.member_id",
        row -> {
          Integer at = position.get(IsoWeek.containing(Jdbc.instant(row, "first_created")).toString());
          if (at != null) {
            newMembers[at]++;
          }
          return 1;
        }, communityId);

    List<Set<String>> active = new ArrayList<>();
    weeks.forEach(w -> active.add(new HashSet<>()));
    Map<String, long[]> perMember = new HashMap<>();
    int recentFrom = weeks.size() - settings.trendWeeks();
    int previousFrom = recentFrom - settings.trendWeeks();
    sql.query("read contributors", "SELECT cc.member_id, c.created FROM contribution_contributors cc "
            + "JOIN contributions c ON c.id = cc.contribution_id WHERE c.community_id = ? AND c.created >= ?",
        row -> {
          Integer at = position.get(IsoWeek.containing(Jdbc.instant(row, "created")).toString());
          if (at != null) {
            String member = row.getString("member_id");
            active.get(at).add(member);
            long[] n = perMember.computeIfAbsent(member, m -> new long[3]);
            n[0]++;
            if (at >= recentFrom) {
              n[1]++;
            } else if (at >= previousFrom) {
              n[2]++;
            }
          }
          return 1;
        }, communityId, start);

    Map<String, long[]> perTag = new HashMap<>();
    sql.query("read topics", "SELECT l.label, c.created FROM contribution_labels l "
            + "JOIN contributions c ON c.id = l.contribution_id WHERE l.kind = 'TAG' AND c.community_id = ? "
            + "AND c.created >= ?",
        row -> {
          Integer at = position.get(IsoWeek.containing(Jdbc.instant(row, "created")).toString());
          if (at != null && at >= previousFrom) {
            perTag.computeIfAbsent(row.getString("label"), t -> new long[2])[at >= recentFrom ? 0 : 1]++;
          }
          return 1;
        }, communityId, start);

    Map<ContributionKind, List<Long>> activityLists = new EnumMap<>(ContributionKind.class);
    activity.forEach((kind, counts) -> activityLists.put(kind, boxed(counts)));
    return new HealthReport(communityId, weeks.stream().map(IsoWeek::toString).toList(), activityLists,
        boxed(newMembers), active.stream().map(s -> (long) s.size()).toList(), unanswered(communityId, now),
        contributors(perMember, n -> n[0]), contributors(perMember, n -> n[1] - n[2]),
        topics(perTag, true), topics(perTag, false), reviewCandidates(communityId, weeks.get(0), now));
  }

  /** Questions in the community whose thread has no answer, oldest first. */
  public List<HealthReport.UnansweredQuestion> unanswered(String communityId, Instant now) {
    List<String[]> rows = sql.query("read unanswered questions",
        "SELECT q.id, q.title, q.created FROM contributions q WHERE q.community_id = ? AND q.kind = 'FORUM_QUESTION' "
            + "AND NOT EXISTS (SELECT 1 FROM contributions a WHERE a.thread_id = q.thread_id "
            + "AND a.kind = 'FORUM_ANSWER') ORDER BY q.created, q.id",
        row -> new String[] {row.getString("id"), row.getString("title"), Jdbc.instant(row, "created").toString()},
        communityId);
    List<HealthReport.UnansweredQuestion> questions = new ArrayList<>();
    for (String[] row : rows) {
      Instant created = Instant.parse(row[2]);
      List<String> tags = sql.query("read question tags", "SELECT label FROM contribution_labels "
          + "WHERE contribution_id = ? AND kind = 'TAG' ORDER BY position", r -> r.getString("label"), row[0]);
      questions.add(new HealthReport.UnansweredQuestion(row[0], row[1], created,
          Math.max(0, Duration.between(created, now).toDays()), tags));
    }
    return questions;
  }

  private List<HealthReport.ContributorTrend> contributors(Map<String, long[]> perMember, ToLongFunction<long[]> key) {
    return perMember.entrySet().stream()
        .filter(e -> key.applyAsLong(e.getValue()) > 0)
        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -key.applyAsLong(e.getValue()))
            .thenComparing(Map.Entry::getKey))
        .limit(settings.listSize())
        .map(e -> new HealthReport.ContributorTrend(e.getKey(), name(e.getKey()), e.getValue()[0], e.getValue()[1],
            e.getValue()[2]))
        .toList();
  }

  private List<HealthReport.TopicTrend> topics(Map<String, long[]> perTag, boolean growing) {
    ToLongFunction<long[]> change = n -> growing ? n[0] - n[1] : n[1] - n[0];
    return perTag.entrySet().stream()
        .filter(e -> change.applyAsLong(e.getValue()) > 0)
        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -change.applyAsLong(e.getValue()))
            .thenComparing(Map.Entry::getKey))
        .limit(settings.listSize())
        .map(e -> new HealthReport.TopicTrend(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  private List<HealthReport.ReviewCandidate> reviewCandidates(String communityId, IsoWeek from, Instant now) {
    return sql.query("read content often found but old",
        "SELECT c.id, c.title, c.updated, SUM(o.opens) AS n FROM search_opens o JOIN contributions c "
            + "ON c.id = o.contribution_id WHERE c.community_id = ? AND o.week >= ? AND c.updated < ? "
            + "GROUP BY c.id, c.title, c.updated HAVING SUM(o.opens) >= ? ORDER BY n DESC, c.id LIMIT ?",
        row -> new HealthReport.ReviewCandidate(row.getString("id"), row.getString("title"),
            Jdbc.instant(row, "updated"), row.getLong("n")),
        communityId, from.toString(), now.minus(Duration.ofDays(settings.staleAfterDays())), settings.minOpens(),
        settings.listSize());
  }

  private String name(String memberId) {
    return directory.member(memberId).map(Member::displayName).orElse(memberId);
  }

  static List<IsoWeek> weeksEndingWith(IsoWeek last, int count) {
    List<IsoWeek> weeks = new ArrayList<>();
    IsoWeek week = last;
    for (int i = 0; i < count; i++) {
      weeks.add(0, week);
      week = week.previous();
    }
    return weeks;
  }

  private static List<Long> boxed(long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long value : values) {
      list.add(value);
    }
    return list;
  }
}
