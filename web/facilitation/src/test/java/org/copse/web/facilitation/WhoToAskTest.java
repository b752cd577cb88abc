package org.copse.web.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copse.web.facilitation.FacilitationWorld.NOW;
import static org.copse.web.facilitation.FacilitationWorld.post;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.InvalidQueryException;
import org.copse.index.Membership;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routing a question (issue #10): only to members who opted in and may read the question's community,
 * within their weekly cap, spread over several people, never to the asker.
 */
class WhoToAskTest {
  @TempDir Path folder;
  FacilitationWorld world;
  AskPreferencesStore preferences;
  AskRequests requests;
  List<String> emailed = new ArrayList<>();
  WhoToAsk whoToAsk;
  Contribution question;
  AccessScope facilitator;

  @BeforeEach
  void open() {
    world = new FacilitationWorld(folder);
    world.members("asker", "fac", "in1", "in2", "in3", "in4", "outsider", "quiet");
    for (String m : List.of("asker", "in1", "in2", "in3", "in4", "quiet")) {
      world.join(m, "closed", Membership.Role.MEMBER);
    }
    world.join("fac", "closed", Membership.Role.FACILITATOR);
    int n = 0;
    // everyone has written about heat pumps in the public community; "outsider" most of all
    for (String m : List.of("outsider", "outsider", "outsider", "in1", "in2", "in3", "in4", "quiet", "quiet", "asker")) {
      world.add(post("p" + n, ContributionKind.WIKI_PAGE, "open", m, ContributorRole.AUTHOR,
          NOW.minus(Duration.ofDays(10 + n)), "Heat pumps retrofit guide " + n, "p" + n, "heat-pumps"));
      n++;
    }
    question = post("q", ContributionKind.FORUM_QUESTION, "closed", "asker", ContributorRole.ASKER,
        NOW.minus(Duration.ofDays(2)), "Heat pumps retrofit in listed buildings?", "q", "heat-pumps");
    world.add(question);
    preferences = new AskPreferencesStore(world.dataSource);
    requests = new AskRequests(world.dataSource);
    for (String m : List.of("in1", "in2", "in3", "in4", "outsider", "asker")) {
      preferences.save(new AskPreferences(m, true, 1, AskPreferences.Channel.EMAIL, null));
    }
    whoToAsk = new WhoToAsk(world.finder(), world.directory, preferences, requests,
        (member, q, p) -> emailed.add(member.id()), world.clock);
    facilitator = world.directory.scopeFor("fac");
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void candidatesMayAllReadTheQuestionAndNeverIncludeTheAsker() {
    List<WhoToAsk.Candidate> candidates = whoToAsk.candidates(question, facilitator, 10);

    assertThat(candidates).extracting(WhoToAsk.Candidate::memberId)
        .contains("in1", "quiet").doesNotContain("outsider", "asker");
    assertThat(candidates).filteredOn(c -> c.memberId().equals("quiet")).singleElement()
        .extracting(WhoToAsk.Candidate::status).isEqualTo(WhoToAsk.Status.NOT_OPTED_IN);
  }

  @Test
  void onlyOptedInReadersAreAskedAndEachAtMostOncePerQuestion() {
    List<WhoToAsk.Asked> asked = whoToAsk.ask(question, facilitator, "fac", 5);

    assertThat(asked).extracting(WhoToAsk.Asked::memberId).containsExactlyInAnyOrder("in1", "in2", "in3", "in4");
    assertThat(emailed).containsExactlyInAnyOrder("in1", "in2", "in3", "in4");
    assertThat(requests.inbox("in1", 10)).singleElement().satisfies(r -> {
      assertThat(r.questionId()).isEqualTo("q");
      assertThat(r.askedBy()).isEqualTo("fac");
    });
    assertThat(whoToAsk.ask(question, facilitator, "fac", 5)).isEmpty();
  }

  @Test
  void theWeeklyCapHoldsAndRotationSpreadsRequests() {
    Contribution second = post("q2", ContributionKind.FORUM_QUESTION, "closed", "asker", ContributorRole.ASKER,
        NOW.minus(Duration.ofDays(1)), "Heat pumps noise complaints?", "q2", "heat-pumps");
    world.add(second);
    List<String> first = whoToAsk.ask(question, facilitator, "fac", 2).stream().map(WhoToAsk.Asked::memberId).toList();
    List<String> then = whoToAsk.ask(second, facilitator, "fac", 2).stream().map(WhoToAsk.Asked::memberId).toList();

    assertThat(first).hasSize(2);
    assertThat(then).hasSize(2).doesNotContainAnyElementsOf(first); // a cap of 1 a week, and rotation
    assertThat(whoToAsk.candidates(second, facilitator, 10)).filteredOn(c -> first.contains(c.memberId()))
        .allSatisfy(c -> assertThat(c.status()).isEqualTo(WhoToAsk.Status.WEEKLY_CAP_REACHED));

    world.clock.advance(Duration.ofDays(8));
    Contribution third = post("q3", ContributionKind.FORUM_QUESTION, "closed", "asker", ContributorRole.ASKER,
        NOW.plus(Duration.ofDays(8)), "Heat pumps grants?", "q3", "heat-pumps");
    world.add(third);
    assertThat(whoToAsk.ask(third, facilitator, "fac", 4)).hasSize(4);
  }

  @Test
  void aPausedMemberIsNotAskedUntilThePauseEnds() {
    LocalDate today = LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC);
    for (String m : List.of("in1", "in2", "in3")) {
      preferences.save(new AskPreferences(m, true, 3, AskPreferences.Channel.IN_APP, today.plusDays(2)));
    }
    assertThat(whoToAsk.ask(question, facilitator, "fac", 5)).extracting(WhoToAsk.Asked::memberId)
        .containsExactly("in4");
    assertThat(new AskPreferences("x", true, 1, AskPreferences.Channel.IN_APP, today).askableOn(today.plusDays(1)))
        .isTrue();
  }

  @Test
  void nobodyIsOptedInByDefaultAndLimitsAreChecked() {
    assertThat(preferences.get("somebody-new").optedIn()).isFalse();
    assertThatThrownBy(() -> whoToAsk.ask(question, facilitator, "fac", 6)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> new AskPreferences("x", true, 11, AskPreferences.Channel.IN_APP, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
