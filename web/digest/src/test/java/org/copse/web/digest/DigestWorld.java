package org.copse.web.digest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copse.expertise.fixtures.Backend;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.index.SearchIndex;
import org.copse.index.Visibility;
import org.copse.store.JdbcDirectory;
import org.copse.store.StoreSchema;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A small world on real parts (H2 file database in a temporary folder, and an index on either
 * backend: Lucene on disk beside the database, or the shared Elasticsearch test server) for week 2026-W48: three communities, one of them private with a canary post, members with
 * histories, and a week of posts.
 *
 * <ul>
 *   <li>alice: member of housing and of the private "fraud" community; asked about damp before.
 *   <li>bob: member of housing; answers about rent arrears; never in "fraud".
 *   <li>dave: the expert on damp; member of housing, planning and fraud.
 *   <li>carol: no email address. erin: no memberships and no history.
 * </ul>
 */
public final class DigestWorld implements AutoCloseable {
  public static final IsoWeek WEEK = IsoWeek.parse("2026-W48");
  public static final DigestPeriod PERIOD = DigestPeriod.weekly(WEEK);
  public static final String CANARY = "CANARY-7f3a";
  static final String INJECTION_TITLE = "Rent arrears toolkit\r\nBcc: victim@evil.example\r\nX-Injected: yes";

  public final JdbcDataSource dataSource;
  public final JdbcDirectory directory;
  public final SearchIndex index;
  /** Everything indexed. */
  public final List<Contribution> posts = new ArrayList<>();

  private DigestWorld(Path folder, Backend backend, String indexName) {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "");
    StoreSchema.migrate(dataSource);
    directory = new JdbcDirectory(dataSource);
    index = backend.open(folder, indexName);
  }

  /**
   * Seeds the world.
   *
   * @param folder the test's temporary folder, for the database (and the Lucene index)
   * @param backend where the index lives
   * @param indexName the test class's index name, which keeps it apart on a shared server
   */
  public static DigestWorld create(Path folder, Backend backend, String indexName) {
    DigestWorld world = new DigestWorld(folder, backend, indexName);
    world.seed();
    return world;
  }

  static Instant inWeek(int day, int hour) {
    return PERIOD.startInstant().plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
  }

  static Instant daysBefore(int days) {
    return PERIOD.startInstant().minus(Duration.ofDays(days));
  }

  private void seed() {
    directory.saveCommunities(List.of(
        new Community("housing", "Housing Officers", "Social housing practice", Visibility.PUBLIC, "LGA"),
        new Community("planning", "Planning", "Planning practice", Visibility.PUBLIC, "LGA"),
        new Community("fraud", "Fraud Investigations", "Closed group", Visibility.MEMBERS_ONLY, "LGA")));
    directory.saveMembers(List.of(
        new Member("alice", "Alice Adams", "alice@example.org", "Leeds"),
        new Member("bob", "Bob \"Injector\"\r\nBcc: victim@evil.example", "bob@example.org", "York"),
        new Member("carol", "Carol", "", "Hull"),
        new Member("dave", "Dave Damp", "dave@example.org", "Bristol"),
        new Member("erin", "Erin", "erin@example.org", "Bath")));
    directory.saveMemberships(List.of(
        new Membership("alice", "housing", Membership.Role.MEMBER),
        new Membership("alice", "fraud", Membership.Role.MEMBER),
        new Membership("bob", "housing", Membership.Role.MEMBER),
        new Membership("carol", "housing", Membership.Role.MEMBER),
        new Membership("dave", "housing", Membership.Role.FACILITATOR),
        new Membership("dave", "planning", Membership.Role.MEMBER),
        new Membership("dave", "fraud", Membership.Role.MEMBER)));

    // history, before the week
    posts.add(question("q-old-1", "housing", "alice", "How do we tackle damp in tower blocks?", daysBefore(30), "damp", "ventilation"));
    posts.add(answer("a-old-1", "q-old-1", "housing", "dave", ContributorRole.ACCEPTED_ANSWERER,
        "Treat damp at the source: ventilation first, then insulation.", daysBefore(29), 12, "damp"));
    posts.add(question("q-old-2", "housing", "dave", "Rent arrears after universal credit", daysBefore(20), "rent-arrears"));
    posts.add(answer("a-old-2", "q-old-2", "housing", "bob", ContributorRole.ACCEPTED_ANSWERER,
        "Set up a rent arrears payment plan early.", daysBefore(19), 8, "rent-arrears"));
    // the week
    posts.add(question("q1", "housing", "dave", "Damp and mould after an insulation retrofit", inWeek(0, 9), "damp", "retrofit"));
    posts.add(question("q2", "housing", "bob", "Damp meter readings in winter", inWeek(1, 9), "damp"));
    posts.add(answer("a2", "q2", "housing", "dave", ContributorRole.ANSWERER, "Damp readings rise in winter; compare rooms.",
        inWeek(1, 15), 3, "damp"));
    posts.add(question("q3", "housing", "dave", "Damp survey tender specification", inWeek(2, 9), "damp"));
    for (int i = 0; i < 4; i++) {
      posts.add(answer("a3-" + i, "q3", "housing", "dave", ContributorRole.ANSWERER,
          "Damp survey specification, answer " + i, inWeek(2, 10 + i), 1, "damp"));
    }
    posts.add(Contribution.builder("doc1", ContributionKind.LIBRARY_DOCUMENT, "housing").title("Damp and mould guidance 2026")
        .body("Guidance on damp and mould for landlords.").contributor("dave", ContributorRole.AUTHOR)
        .tags(List.of("damp", "guidance")).created(inWeek(3, 9)).score(20).build());
    posts.add(Contribution.builder("doc2", ContributionKind.LIBRARY_DOCUMENT, "housing").title(INJECTION_TITLE)
        .body("How to support tenants with rent arrears.").contributor("dave", ContributorRole.AUTHOR)
        .tags(List.of("rent-arrears")).created(inWeek(3, 10)).score(5).build());
    posts.add(question("q-alice", "housing", "alice", "Alice asks again about damp", inWeek(4, 9), "damp"));
    posts.add(Contribution.builder("canary", ContributionKind.FORUM_QUESTION, "fraud")
        .title(CANARY + " fraud ring in damp repairs").body(CANARY + " damp repair invoices are being inflated")
        .contributor("dave", ContributorRole.ASKER).tags(List.of("damp", "rent-arrears")).created(inWeek(4, 11)).score(50)
        .build());
    posts.add(question("p1", "planning", "dave", "Planning appeal on a listed building", inWeek(5, 9), "planning"));
    index.index(posts);
  }

  static Contribution question(String id, String community, String asker, String title, Instant created, String... tags) {
    return Contribution.builder(id, ContributionKind.FORUM_QUESTION, community).title(title).body(title + ". Any advice?")
        .contributor(asker, ContributorRole.ASKER).tags(List.of(tags)).created(created).build();
  }

  static Contribution answer(String id, String question, String community, String answerer, ContributorRole role,
      String body, Instant created, int score, String... tags) {
    return Contribution.builder(id, ContributionKind.FORUM_ANSWER, community).title("Re: " + question).body(body)
        .contributor(answerer, role).tags(List.of(tags)).created(created).threadId(question).parentId(question)
        .score(score).build();
  }

  DigestSelector selector(DigestSettings settings) {
    return new DigestSelector(index, directory, new HistoryInterests(index), new EvidenceExpertFinder(index, directory),
        settings);
  }

  @Override
  public void close() {
    index.close();
  }
}
