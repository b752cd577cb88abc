package org.copse.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.Membership;
import org.copse.index.Visibility;
import org.junit.jupiter.api.Test;

class DemoContentTest {
  private final DemoContent demo = DemoContent.generate();

  @Test
  void sameSeedGivesTheSameContent() {
    assertThat(DemoContent.generate()).isEqualTo(demo);
  }

  @Test
  void hasPublicAndMembersOnlyCommunitiesAndEnoughPeople() {
    assertThat(demo.communities()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(demo.communities()).extracting(Community::visibility)
        .contains(Visibility.PUBLIC, Visibility.MEMBERS_ONLY);
    assertThat(demo.members()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(demo.memberships()).extracting(Membership::role).contains(Membership.Role.FACILITATOR);
    Set<String> facilitated = demo.memberships().stream().filter(m -> m.role() == Membership.Role.FACILITATOR)
        .map(Membership::communityId).collect(Collectors.toSet());
    assertThat(facilitated).containsExactlyInAnyOrderElementsOf(
        demo.communities().stream().map(Community::id).toList());
  }

  @Test
  void hasEveryKindOfContributionWithUniqueIds() {
    assertThat(demo.contributions()).hasSizeGreaterThanOrEqualTo(150);
    assertThat(demo.contributions().stream().map(Contribution::kind).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(ContributionKind.class));
    assertThat(new HashSet<>(demo.contributions().stream().map(Contribution::id).toList()))
        .hasSameSizeAs(demo.contributions());
  }

  @Test
  void threadsHaveAcceptedAnswersVotesAndWikiEditors() {
    assertThat(demo.contributions()).anySatisfy(c ->
        assertThat(c.contributors()).anyMatch(who -> who.role() == ContributorRole.ACCEPTED_ANSWERER));
    assertThat(demo.contributions()).anySatisfy(c -> assertThat(c.score()).isPositive());
    assertThat(demo.contributions()).filteredOn(c -> c.kind() == ContributionKind.WIKI_PAGE).allSatisfy(c ->
        assertThat(c.contributors()).anyMatch(who -> who.role() == ContributorRole.EDITOR && who.editSize() > 0));
    assertThat(demo.contributions()).filteredOn(c -> c.kind() == ContributionKind.FORUM_ANSWER).allSatisfy(c -> {
      assertThat(c.parentId()).isEqualTo(c.threadId());
      assertThat(c.threadId()).contains(":question:");
    });
  }

  @Test
  void contributorsBelongToTheCommunityAndDatesSpanTwoYears() {
    Map<String, Set<String>> membersOf = demo.memberships().stream().collect(Collectors.groupingBy(
        Membership::communityId, Collectors.mapping(Membership::memberId, Collectors.toSet())));
    for (Contribution c : demo.contributions()) {
      assertThat(membersOf.get(c.communityId())).as(c.id()).containsAll(c.memberIds());
      assertThat(c.created()).as(c.id()).isBetween(DemoContent.ANCHOR.minus(Duration.ofDays(730)), DemoContent.ANCHOR);
      assertThat(c.contentHash()).startsWith("sha256:");
      assertThat(c.tags()).isNotEmpty();
    }
  }
}
