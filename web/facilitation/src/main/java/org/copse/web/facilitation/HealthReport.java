package org.copse.web.facilitation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copse.index.ContributionKind;

/**
 * A community's health over recent weeks: what the health page and its API show.
 *
 * @param communityId the community
 * @param weeks the weeks covered, oldest first ({@code 2026-W48})
 * @param activity contributions per week for each kind, aligned with {@code weeks}
 * @param newMembers members whose first contribution to the community fell in each week
 * @param activeMembers distinct members who contributed in each week
 * @param unanswered questions with no answer yet, oldest first
 * @param topContributors most contributions over all the weeks covered
 * @param risingContributors most growth in the recent weeks over the weeks before
 * @param growingTopics tags used more in the recent weeks than in the weeks before
 * @param fadingTopics tags used less
 * @param reviewCandidates contributions often opened from search but not updated for a long time
 */
public record HealthReport(
    String communityId,
    List<String> weeks,
    Map<ContributionKind, List<Long>> activity,
    List<Long> newMembers,
    List<Long> activeMembers,
    List<UnansweredQuestion> unanswered,
    List<ContributorTrend> topContributors,
    List<ContributorTrend> risingContributors,
    List<TopicTrend> growingTopics,
    List<TopicTrend> fadingTopics,
    List<ReviewCandidate> reviewCandidates) {

  public HealthReport {
    weeks = List.copyOf(weeks);
    activity = Map.copyOf(activity);
    newMembers = List.copyOf(newMembers);
    activeMembers = List.copyOf(activeMembers);
    unanswered = List.copyOf(unanswered);
    topContributors = List.copyOf(topContributors);
    risingContributors = List.copyOf(risingContributors);
    growingTopics = List.copyOf(growingTopics);
    fadingTopics = List.copyOf(fadingTopics);
    reviewCandidates = List.copyOf(reviewCandidates);
  }

  /** A question nobody has answered; {@code ageDays} counted from when it was asked. */
  public record UnansweredQuestion(String id, String title, Instant created, long ageDays, List<String> tags) {
    public UnansweredQuestion {
      tags = List.copyOf(tags);
    }
  }

  /** A member's contributions in the recent weeks and in the same number of weeks before. */
  public record ContributorTrend(String memberId, String name, long total, long recent, long previous) {}

  /** A tag's uses in the recent weeks and in the same number of weeks before. */
  public record TopicTrend(String tag, long recent, long previous) {}

  /** Content often found but old. */
  public record ReviewCandidate(String id, String title, Instant updated, long opens) {}
}
