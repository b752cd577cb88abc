package org.copse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copse.index.Community;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.index.StoreException;
import org.copse.index.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcDirectoryTest extends StoreTestBase {
  private JdbcDirectory directory;

  private static final Community HOUSING =
      new Community("housing", "Housing", "Allocations and repairs", Visibility.PUBLIC, "Leeds City Council");
  private static final Community SAFEGUARDING =
      new Community("safeguarding", "Safeguarding", "Case reviews", Visibility.MEMBERS_ONLY, "NHS England");

  @BeforeEach
  void setUp() {
    directory = new JdbcDirectory(openDatabase());
    directory.saveMembers(List.of(
        new Member("amara", "Amara Okafor", "amara@leeds.gov.uk", "Leeds City Council"),
        new Member("ben", "Ben Hughes", "", "")));
    directory.saveCommunities(List.of(HOUSING, SAFEGUARDING));
  }

  @Test
  void readsBackWhatWasSaved() {
    assertThat(directory.member("amara")).contains(
        new Member("amara", "Amara Okafor", "amara@leeds.gov.uk", "Leeds City Council"));
    assertThat(directory.community("safeguarding")).contains(SAFEGUARDING);
    assertThat(directory.communities()).containsExactly(HOUSING, SAFEGUARDING);
    assertThat(directory.memberCount()).isEqualTo(2);
  }

  @Test
  void unknownIdsAreEmptyNotErrors() {
    assertThat(directory.member("nobody")).isEmpty();
    assertThat(directory.community("nowhere")).isEmpty();
    assertThat(directory.membershipsOf("nobody")).isEmpty();
    assertThat(directory.membersOf("nowhere")).isEmpty();
  }

  @Test
  void savingAgainReplacesById() {
    directory.saveMembers(List.of(new Member("ben", "Ben Hughes", "ben@nhs.net", "NHS Leeds")));
    directory.saveCommunities(List.of(new Community("housing", "Housing CoP", "d", Visibility.MEMBERS_ONLY, "o")));

    assertThat(directory.member("ben")).map(Member::email).contains("ben@nhs.net");
    assertThat(directory.community("housing")).map(Community::visibility).contains(Visibility.MEMBERS_ONLY);
    assertThat(directory.memberCount()).isEqualTo(2);
  }

  @Test
  void pagesMembersInIdOrder() {
    assertThat(directory.members("", 1)).extracting(Member::id).containsExactly("amara");
    assertThat(directory.members("amara", 10)).extracting(Member::id).containsExactly("ben");
    assertThat(directory.members("ben", 10)).isEmpty();
  }

  @Test
  void revokedMembershipNarrowsTheNextScope() {
    directory.saveMemberships(List.of(new Membership("amara", "safeguarding", Membership.Role.MEMBER)));
    assertThat(directory.scopeFor("amara").communityIds()).containsExactlyInAnyOrder("housing", "safeguarding");
    assertThat(directory.scopeFor("ben").communityIds()).containsExactly("housing");

    directory.removeMembership("amara", "safeguarding");

    assertThat(directory.scopeFor("amara").communityIds()).containsExactly("housing");
  }

  @Test
  void membershipRoleIsReplacedNotDuplicated() {
    directory.saveMemberships(List.of(new Membership("amara", "housing", Membership.Role.MEMBER)));
    directory.saveMemberships(List.of(new Membership("amara", "housing", Membership.Role.FACILITATOR)));

    assertThat(directory.membersOf("housing"))
        .containsExactly(new Membership("amara", "housing", Membership.Role.FACILITATOR));
  }

  @Test
  void membershipOfUnknownMemberIsRefusedWithTheCause() {
    assertThatThrownBy(() -> directory.saveMemberships(
        List.of(new Membership("ghost", "housing", Membership.Role.MEMBER))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("save memberships")
        .hasCauseInstanceOf(java.sql.SQLException.class);
    assertThat(directory.membersOf("housing")).isEmpty();
  }

  @Test
  void migratingAgainChangesNothing() {
    assertThat(StoreSchema.migrate(reopenDatabase())).isZero();
    assertThat(directory.memberCount()).isEqualTo(2);
  }
}
