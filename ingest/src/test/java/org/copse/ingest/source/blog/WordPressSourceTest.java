package org.copse.ingest.source.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copse.ingest.source.support.SourceFixtures.fixture;
import static org.copse.ingest.source.support.SourceFixtures.gzip;
import static org.copse.ingest.source.support.SourceFixtures.readAll;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.support.SourceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPressSourceTest {
  private static final SourceOptions OPTIONS = SourceOptions.forCommunity("cop-labs").withSourceName("labs");

  private final WordPressSource source = new WordPressSource(fixture("wxr-post-with-comments.xml"), OPTIONS);

  @Test
  void yieldsPublishedPostsAndPagesEachFollowedByItsApprovedCommentsRepliesAfterParents() {
    assertThat(readAll(source).ids()).containsExactly(
        "wxr:labs:post:6", "wxr:labs:comment:2", "wxr:labs:comment:4", "wxr:labs:post:9");
  }

  @Test
  void mapsAPostWithAuthorTagsTimeAndCleanedParagraphs() {
    Contribution post = readAll(source).item("wxr:labs:post:6");

    assertThat(post.kind()).isEqualTo(ContributionKind.BLOG_POST);
    assertThat(post.title()).isEqualTo("Licence metadata in RDFa");
    assertThat(post.body()).isEqualTo("Today we released the RDFa parser.\n\nIt reads licence metadata.");
    assertThat(post.contributors()).containsExactly(Contributor.of("member:wxr:labs:nathan", ContributorRole.AUTHOR));
    assertThat(post.tags()).containsExactly("software", "rdfa");
    assertThat(post.created()).isEqualTo(Instant.parse("2007-04-11T18:47:43Z"));
    assertThat(post.sourceUrl()).isEqualTo("http://labs.example.org/2007/04/11/rdfa/");
  }

  @Test
  void threadsCommentsAndCreditsALoggedInAuthorAsThemselves() {
    SourceFixtures.Read read = readAll(source);
    Contribution first = read.item("wxr:labs:comment:2");
    Contribution reply = read.item("wxr:labs:comment:4");

    assertThat(first.kind()).isEqualTo(ContributionKind.COMMENT);
    assertThat(first.parentId()).isEqualTo("wxr:labs:post:6");
    assertThat(first.threadId()).isEqualTo("wxr:labs:post:6");
    assertThat(first.contributors()).containsExactly(Contributor.of("member:wxr:labs:commenter:eric_reader", ContributorRole.COMMENTER));
    assertThat(reply.parentId()).isEqualTo("wxr:labs:comment:2");
    assertThat(reply.contributors()).containsExactly(Contributor.of("member:wxr:labs:nathan", ContributorRole.COMMENTER));
  }

  @Test
  void fallsBackToPubDateWhenTheGmtDateIsZero() {
    assertThat(readAll(source).item("wxr:labs:post:9").created()).isEqualTo(Instant.parse("2007-04-13T10:00:00Z"));
  }

  @Test
  void skipsDraftsAttachmentsUnapprovedCommentsAndPingbacksAsFiltered() {
    SourceFixtures.Read read = readAll(source);

    assertThat(read.skipCounts()).isEqualTo(Map.of(SkipReason.FILTERED, 4));
    assertThat(read.skipped()).extracting(s -> s.detail())
        .containsExactlyInAnyOrder("not approved (0)", "pingback", "post with status draft", "attachment with status inherit");
  }

  @Test
  void directoryHasAuthorsAndCommenters() {
    assertThat(source.directory().members()).containsExactly(
        new Member("member:wxr:labs:nathan", "Nathan Y", "nathan@example.org", ""),
        new Member("member:wxr:labs:ml", "Mike L", "", ""),
        new Member("member:wxr:labs:commenter:eric_reader", "Eric Reader", "", ""));
  }

  @Test
  void readsAGzippedExport(@TempDir Path temp) throws Exception {
    assertThat(readAll(new WordPressSource(gzip(fixture("wxr-post-with-comments.xml"), temp), OPTIONS)).items())
        .isEqualTo(readAll(source).items());
  }

  @Test
  void refusesAnExternalEntityAsHostile() {
    SourceFixtures.Read read = readAll(new WordPressSource(fixture("wxr-xxe.xml"), OPTIONS));

    assertThat(read.items()).isEmpty();
    assertThat(read.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(SkipReason.HOSTILE));
  }
}
