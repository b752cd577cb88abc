package org.copse.web.trust;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.copse.index.Contribution;
import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.index.Membership;
import org.copse.index.SearchIndex;
import org.copse.web.demo.DemoLoader;
import org.copse.web.digest.DigestService;
import org.copse.web.digest.IsoWeek;
import org.copse.web.experts.ExpertiseGraphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leak probe: two running Copse applications whose data differ in one private contribution
 * (see {@link Canary}). For a member who cannot read its community, every read path
 * ({@link ReadPaths}) must answer the same on both, and the canary word must appear in no
 * response, no email and no log line. Subclasses choose the index backend.
 *
 * <p>Ranking statistics are collection-wide (the index contract says so), so the private
 * contribution may change the <em>order</em> of visible results. A response that differs from its
 * twin only in the order of its result lists is reported (logged and counted) rather than failed;
 * one that differs in anything else fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AbstractLeakProbeIT {
  private static final Logger log = LoggerFactory.getLogger(AbstractLeakProbeIT.class);

  private CopseInstance without;
  private CopseInstance with;
  private LogCapture logs;
  private final List<String> orderOnly = new ArrayList<>();
  private final List<String> rankingValues = new ArrayList<>();
  private final List<String> tailOnly = new ArrayList<>();

  /** Properties that choose and configure the backend; {@code name} keeps the two fixtures apart. */
  abstract Map<String, String> backend(String name);

  @BeforeAll
  void startBothFixtures() {
    without = CopseInstance.start("without", backend("without"));
    with = CopseInstance.start("with", backend("with"));
    alignClockDependentDemoContent();
    // Boot resets Logback as each context starts: capture from here on, canary load included
    logs = LogCapture.attach();
    Canary.addTo(with);
  }

  /**
   * The demo dates a few recent items relative to the moment it loads, so two fixtures started
   * seconds apart differ there: give the second the first one's copies, before the canary.
   */
  private void alignClockDependentDemoContent() {
    Map<String, Contribution> first = new HashMap<>();
    without.bean(SearchIndex.class).scan(c -> first.put(c.id(), c));
    List<Contribution> differing = new ArrayList<>();
    with.bean(SearchIndex.class).scan(c -> {
      Contribution twin = first.get(c.id());
      if (twin != null && !twin.equals(c)) {
        differing.add(twin);
      }
    });
    log.info("aligned {} clock-dependent demo contributions between the fixtures", differing.size());
    if (!differing.isEmpty()) {
      with.bean(ContributionStore.class).save(differing);
      with.bean(SearchIndex.class).index(differing);
      with.bean(ExpertiseGraphs.class).refresh();
    }
  }

  @AfterAll
  void stop() {
    if (logs != null) {
      logs.close();
    }
    if (with != null) {
      with.close();
    }
    if (without != null) {
      without.close();
    }
  }

  @Test
  @Order(1)
  void aMemberOfTheCommunityFindsTheCanaryWhereTheProbeLooks() {
    Browser member = with.browser().signedInAs(Canary.MEMBER, DemoLoader.PASSWORD);

    assertThat(member.get("/api/v1/search?q=" + Canary.WORD).body()).contains(Canary.ID);
    assertThat(member.get("/api/v1/contributions/" + Canary.ID).statusCode()).isEqualTo(200);
    assertThat(member.get("/api/v1/suggest?prefix=vex").body()).containsIgnoringCase(Canary.WORD);
    assertThat(member.get("/api/v1/experts?topic=" + Canary.WORD).body()).contains(Canary.AUTHOR);
    assertThat(member.get("/api/v1/members/" + Canary.AUTHOR + "/profile").body()).containsIgnoringCase(Canary.WORD);
    assertThat(member.get("/api/v1/search?q=" + Canary.MISSPELT).body()).containsIgnoringCase(Canary.WORD);
    Browser memberOfOther = without.browser().signedInAs(Canary.MEMBER, DemoLoader.PASSWORD);
    assertThat(memberOfOther.get("/api/v1/search?q=" + Canary.WORD).body()).doesNotContain(Canary.ID);
  }

  @Test
  @Order(2)
  void everyReadPathAnswersANonMemberAlikeOnBothFixtures() {
    Browser a = without.browser().signedInAs(Canary.NON_MEMBER, DemoLoader.PASSWORD);
    Browser b = with.browser().signedInAs(Canary.NON_MEMBER, DemoLoader.PASSWORD);
    List<String> differences = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    int identical = 0;
    for (String path : ReadPaths.all()) {
      HttpResponse<String> first = a.get(path);
      HttpResponse<String> second = b.get(path);
      String expected = Responses.normalised(first.statusCode(), first.body());
      String actual = Responses.normalised(second.statusCode(), second.body());
      if (!path.toLowerCase(Locale.ROOT).contains("vexil") && actual.toLowerCase(Locale.ROOT).contains("vexil")) {
        leaks.add(path);
      }
      if (expected.equals(actual)) {
        identical++;
      } else if (Responses.orderFree(expected).equals(Responses.orderFree(actual))) {
        orderOnly.add(path);
      } else if (Responses.sameButForRankingValues(Responses.orderFree(expected), Responses.orderFree(actual))) {
        rankingValues.add(path);
      } else if (Responses.sameButForTheTailOfAFullList(expected, actual)) {
        tailOnly.add(path);
      } else {
        differences.add(path + "\n--- without the canary\n" + expected + "\n--- with it\n" + actual);
      }
    }
    log.info("leak probe ({}): {} read paths, {} byte-identical, {} the same results in another order: {}; "
        + "{} the same results with ranking values within a relative {}: {}; {} full lists that differ only in "
        + "the last {} places: {}", getClass().getSimpleName(), ReadPaths.all().size(), identical, orderOnly.size(),
        orderOnly, rankingValues.size(), Responses.RANKING_TOLERANCE, rankingValues, tailOnly.size(), Responses.TAIL,
        tailOnly);

    assertThat(leaks).as("responses that mention the canary").isEmpty();
    assertThat(differences).as("responses that differ between the fixtures").isEmpty();
  }

  @Test
  @Order(3)
  void digestsToNonMembersAreTheSameOnBothFixturesAndMembersGetTheCanary() throws Exception {
    IsoWeek week = IsoWeek.parse(Canary.DIGEST_WEEK);
    without.bean(DigestService.class).run(week, Optional.empty(), false);
    with.bean(DigestService.class).run(week, Optional.empty(), false);
    Map<String, String> first = outbox(without);
    Map<String, String> second = outbox(with);
    List<String> members = with.bean(Directory.class).membersOf(Canary.COMMUNITY).stream()
        .map(Membership::memberId).toList();

    // members of the community may get a digest only because of the canary; nobody else may
    assertThat(nonMembers(second, members)).isEqualTo(nonMembers(first, members)).isNotEmpty();
    for (String recipient : nonMembers(second, members)) {
      assertThat(second.get(recipient)).as("digest to " + recipient).isEqualTo(first.get(recipient))
          .doesNotContainIgnoringCase(Canary.WORD);
    }
    assertThat(second.values()).as("some member's digest carries the canary (the probe can fail)")
        .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(Canary.WORD));
  }

  @Test
  @Order(4)
  void aRevokedMembershipTakesEffectOnTheNextRequest() {
    Browser member = with.browser().signedInAs(Canary.MEMBER, DemoLoader.PASSWORD);
    assertThat(member.get("/api/v1/contributions/" + Canary.ID).statusCode()).isEqualTo(200);

    with.bean(Directory.class).removeMembership(Canary.MEMBER, Canary.COMMUNITY);

    assertThat(member.get("/api/v1/contributions/" + Canary.ID).statusCode()).isEqualTo(404);
    assertThat(member.get("/contributions/" + Canary.ID).statusCode()).isEqualTo(404);
    assertThat(member.get("/api/v1/search?q=" + Canary.WORD).body()).doesNotContain(Canary.ID)
        .doesNotContainIgnoringCase("vexillquor review");
    assertThat(member.get("/api/v1/suggest?prefix=vex").body()).doesNotContainIgnoringCase(Canary.WORD + " ");
    assertThat(member.get("/api/v1/experts?topic=" + Canary.WORD).body()).doesNotContain(Canary.AUTHOR);
  }

  @Test
  @Order(5)
  void noLogLineMentionsTheCanary() {
    List<String> lines = logs.lines();

    assertThat(lines).as("log lines captured").isNotEmpty();
    assertThat(lines).filteredOn(line -> line.toLowerCase(Locale.ROOT).contains("vexil")).isEmpty();
  }

  private static List<String> nonMembers(Map<String, String> emails, List<String> members) {
    return emails.keySet().stream().filter(address -> members.stream().noneMatch(m -> address.startsWith(m + "@")))
        .toList();
  }

  /** Each email in the outbox by recipient address: subject and every decoded text part, without per-message ids. */
  private static Map<String, String> outbox(CopseInstance copse) throws Exception {
    Path folder = copse.dataDir().resolve("digest").resolve("outbox");
    Map<String, String> emails = new TreeMap<>();
    Session session = Session.getInstance(new Properties());
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          MimeMessage message = new MimeMessage(session, in);
          StringBuilder text = new StringBuilder(message.getSubject()).append('\n');
          text.append(String.join(",", message.getHeader("From") == null ? new String[0] : message.getHeader("From")));
          appendText(message, text);
          emails.put(((InternetAddress) message.getAllRecipients()[0]).getAddress(), text.toString());
        }
      }
    }
    return emails;
  }

  private static void appendText(Part part, StringBuilder text) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        appendText(child, text);
      }
    } else if (part.isMimeType("text/*")) {
      text.append('\n').append(part.getContent());
    }
  }
}
