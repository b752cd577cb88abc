package org.copse.ingest.source.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copse.ingest.source.support.SourceFixtures.fixture;
import static org.copse.ingest.source.support.SourceFixtures.gzip;
import static org.copse.ingest.source.support.SourceFixtures.readAll;

import java.nio.file.Path;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.index.Visibility;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.SourceDirectory;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.support.SourceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesForumSourceTest {
  private static final SourceOptions OPTIONS = SourceOptions.forCommunity("cop-default").withSourceName("roads");

  private final JsonLinesForumSource source = new JsonLinesForumSource(fixture("jsonl-invalid-line.jsonl"), OPTIONS);

  @Test
  void skipsInvalidLinesWithTheirLineNumbers() {
    SourceFixtures.Read read = readAll(source);

    assertThat(read.skipped()).allSatisfy(s -> assertThat(s.reason()).isEqualTo(SkipReason.INVALID));
    assertThat(read.skipped()).extracting(SkippedItem::location).containsExactly(
        "jsonl-invalid-line.jsonl#line 5", "jsonl-invalid-line.jsonl#line 7", "jsonl-invalid-line.jsonl#line 9",
        "jsonl-invalid-line.jsonl#line 8");
    assertThat(read.skipped()).extracting(SkippedItem::detail).satisfiesExactly(
        d -> assertThat(d).startsWith("not JSON"),
        d -> assertThat(d).startsWith("created missing"),
        d -> assertThat(d).startsWith("type must be one of"),
        d -> assertThat(d).isEqualTo("thread t9 is not in the file"));
  }

  @Test
  void ordersEachThreadParentsFirstWhateverTheLineOrder() {
    assertThat(readAll(source).ids()).containsExactly(
        "forum:roads:thread:t1", "forum:roads:post:p1", "forum:roads:reply:r1", "forum:roads:post:p4");
  }

  @Test
  void mapsKindsRolesThreadingTagsAndCommunity() {
    SourceFixtures.Read read = readAll(source);
    Contribution thread = read.item("forum:roads:thread:t1");
    Contribution accepted = read.item("forum:roads:post:p1");
    Contribution reply = read.item("forum:roads:reply:r1");

    assertThat(thread.kind()).isEqualTo(ContributionKind.FORUM_QUESTION);
    assertThat(thread.communityId()).isEqualTo("cop-roads");
    assertThat(thread.tags()).containsExactly("winter", "gritting");
    assertThat(thread.contributors()).containsExactly(Contributor.of("member:forum:roads:u1", ContributorRole.ASKER));
    assertThat(accepted.kind()).isEqualTo(ContributionKind.FORUM_ANSWER);
    assertThat(accepted.contributors()).containsExactly(Contributor.of("member:forum:roads:u2", ContributorRole.ACCEPTED_ANSWERER));
    assertThat(accepted.body()).isEqualTo("Use salt.");
    assertThat(accepted.score()).isEqualTo(4);
    assertThat(accepted.title()).isEqualTo("Gritting routes");
    assertThat(accepted.communityId()).isEqualTo("cop-roads");
    assertThat(reply.kind()).isEqualTo(ContributionKind.COMMENT);
    assertThat(reply.parentId()).isEqualTo("forum:roads:post:p1");
    assertThat(reply.threadId()).isEqualTo("forum:roads:thread:t1");
    assertThat(reply.contributors()).containsExactly(Contributor.of("member:forum:roads:u1", ContributorRole.COMMENTER));
    assertThat(read.item("forum:roads:post:p4").contributors()).isEmpty();
    assertThat(read.item("forum:roads:post:p4").parentId()).isEqualTo("forum:roads:thread:t1");
  }

  @Test
  void directoryHasDeclaredCommunitiesMembersAndAuthors() {
    SourceDirectory directory = source.directory();

    assertThat(directory.communities()).containsExactly(
        new Community("cop-roads", "Roads officers", "", Visibility.PUBLIC, "Kent CC"));
    assertThat(directory.members()).containsExactly(
        new Member("member:forum:roads:u1", "Ann Smith", "ann@example.gov.uk", "Kent CC"),
        new Member("member:forum:roads:u2", "Bob B", "", ""),
        new Member("member:forum:roads:u3", "u3", "", ""));
    assertThat(directory.memberships()).contains(
        new Membership("member:forum:roads:u1", "cop-roads", Membership.Role.MEMBER),
        new Membership("member:forum:roads:u1", "cop-roads", Membership.Role.FACILITATOR),
        new Membership("member:forum:roads:u2", "cop-roads", Membership.Role.MEMBER));
  }

  @Test
  void readsAGzippedFile(@TempDir Path temp) throws Exception {
    assertThat(readAll(new JsonLinesForumSource(gzip(fixture("jsonl-invalid-line.jsonl"), temp), OPTIONS)).items())
        .isEqualTo(readAll(source).items());
  }
}
