package org.copse.web.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.copse.index.Membership;
import org.copse.web.facilitation.FacilitationAccess.Decision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may act for a community: facilitators, their organisation's admins, site admins; 404 versus 403. */
class FacilitationAccessTest {
  @TempDir Path folder;
  FacilitationWorld world;
  Organisations organisations;
  FacilitationAccess access;

  @BeforeEach
  void open() {
    world = new FacilitationWorld(folder);
    world.members("fac", "member", "other-fac", "org-admin", "admin", "stranger");
    world.join("fac", "closed", Membership.Role.FACILITATOR);
    world.join("member", "closed", Membership.Role.MEMBER);
    world.join("other-fac", "open", Membership.Role.FACILITATOR);
    organisations = new Organisations(world.dataSource);
    organisations.save("trust", "Trust B");
    organisations.assign("closed", "trust");
    organisations.addAdmin("trust", "org-admin");
    access = new FacilitationAccess(world.directory, organisations);
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void theRuleForAMembersOnlyCommunity() {
    assertThat(access.decide(new Viewer("fac", false), "closed")).isEqualTo(Decision.ALLOWED);
    assertThat(access.decide(new Viewer("org-admin", false), "closed")).isEqualTo(Decision.ALLOWED);
    assertThat(access.decide(new Viewer("admin", true), "closed")).isEqualTo(Decision.ALLOWED);
    assertThat(access.decide(new Viewer("member", false), "closed")).isEqualTo(Decision.FORBIDDEN);
    assertThat(access.decide(new Viewer("other-fac", false), "closed")).isEqualTo(Decision.NOT_FOUND);
    assertThat(access.decide(new Viewer("stranger", false), "closed")).isEqualTo(Decision.NOT_FOUND);
  }

  @Test
  void theRuleForAPublicCommunityAndAMissingOne() {
    assertThat(access.decide(new Viewer("other-fac", false), "open")).isEqualTo(Decision.ALLOWED);
    assertThat(access.decide(new Viewer("stranger", false), "open")).isEqualTo(Decision.FORBIDDEN);
    assertThat(access.decide(new Viewer("org-admin", false), "open")).isEqualTo(Decision.FORBIDDEN);
    assertThat(access.decide(new Viewer("admin", true), "nowhere")).isEqualTo(Decision.NOT_FOUND);
  }

  @Test
  void aRemovedRoleTakesEffectAtOnce() {
    organisations.removeAdmin("trust", "org-admin");
    world.join("fac", "closed", Membership.Role.MEMBER);

    assertThat(access.decide(new Viewer("org-admin", false), "closed")).isEqualTo(Decision.NOT_FOUND);
    assertThat(access.decide(new Viewer("fac", false), "closed")).isEqualTo(Decision.FORBIDDEN);
    assertThat(access.mayAppoint(new Viewer("fac", false), "closed")).isFalse();
  }

  @Test
  void anAcceptedInvitationMakesAMember() {
    Invitations invitations = new Invitations(world.dataSource, world.directory, world.clock);
    invitations.invite("closed", "stranger", "fac");
    assertThat(invitations.pendingFor("stranger")).hasSize(1);
    assertThatThrownBy(() -> invitations.invite("closed", "member", "fac")).isInstanceOf(IllegalArgumentException.class);

    assertThat(invitations.answer("closed", "stranger", true)).isTrue();

    assertThat(world.directory.scopeFor("stranger").canRead("closed")).isTrue();
    assertThat(invitations.answer("closed", "stranger", true)).isFalse();
    assertThat(invitations.find("closed", "stranger")).get().extracting(Invitations.Invitation::status)
        .isEqualTo(Invitations.Status.ACCEPTED);
  }
}
