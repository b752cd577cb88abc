package org.copse.ingest.source.stackexchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copse.ingest.source.support.SourceFixtures.fixture;
import static org.copse.ingest.source.support.SourceFixtures.readAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.ingest.source.MemberIdMapper;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.support.SourceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackExchangeSourceTest {
  private static final SourceOptions OPTIONS = SourceOptions.forCommunity("cop-beer").withSourceName("beer");

  private final StackExchangeSource source =
      new StackExchangeSource(fixture("stackexchange-thread-with-accepted-answer"), OPTIONS);

  @Test
  void yieldsTheQuestionThenItsCommentsThenEachAnswerWithItsComments() {
    SourceFixtures.Read read = readAll(source);

    assertThat(read.ids()).containsExactly(
        "se:beer:post:10", "se:beer:comment:4",
        "se:beer:post:3", "se:beer:comment:6",
        "se:beer:post:11", "se:beer:comment:5",
        "se:beer:post:12",
        "se:beer:post:14");
  }

  @Test
  void mapsTheQuestionWithTitleTagsScoreAndCleanedBodyKeepingCode() {
    Contribution question = readAll(source).item("se:beer:post:10");

    assertThat(question.kind()).isEqualTo(ContributionKind.FORUM_QUESTION);
    assertThat(question.title()).isEqualTo("What is a citra hop?");
    assertThat(question.tags()).containsExactly("hops", "ingredients");
    assertThat(question.score()).isEqualTo(17);
    assertThat(question.contributors()).containsExactly(Contributor.of("member:se:beer:7", ContributorRole.ASKER));
    assertThat(question.body()).startsWith("What are citra hops?").contains("hops = citra\n  boil(60)");
    assertThat(question.created()).isEqualTo(Instant.parse("2014-01-21T20:26:05.383Z"));
    assertThat(question.updated()).isEqualTo(Instant.parse("2014-01-21T22:04:34.977Z"));
    assertThat(question.threadId()).isEqualTo(question.id());
    assertThat(question.parentId()).isNull();
    assertThat(question.sourceUrl()).isNull();
    assertThat(question.contentHash()).hasSize(64);
  }

  @Test
  void creditsTheAcceptedAnswerAndThreadsAnswersUnderTheQuestion() {
    SourceFixtures.Read read = readAll(source);
    Contribution accepted = read.item("se:beer:post:11");
    Contribution other = read.item("se:beer:post:3");

    assertThat(accepted.contributors()).containsExactly(Contributor.of("member:se:beer:12", ContributorRole.ACCEPTED_ANSWERER));
    assertThat(other.contributors()).containsExactly(Contributor.of("member:se:beer:12", ContributorRole.ANSWERER));
    assertThat(accepted.kind()).isEqualTo(ContributionKind.FORUM_ANSWER);
    assertThat(accepted.threadId()).isEqualTo("se:beer:post:10");
    assertThat(accepted.parentId()).isEqualTo("se:beer:post:10");
    assertThat(accepted.title()).isEqualTo("What is a citra hop?");
    assertThat(accepted.tags()).containsExactly("hops", "ingredients");
    assertThat(accepted.score()).isEqualTo(12);
    assertThat(other.body()).isEqualTo("Answer posted before the question row: dry hopping.");
  }

  @Test
  void postsAndCommentsOfDeletedUsersCreditNobody() {
    SourceFixtures.Read read = readAll(source);

    assertThat(read.item("se:beer:post:12").contributors()).isEmpty();
    assertThat(read.item("se:beer:post:12").score()).isEqualTo(-1);
    assertThat(read.item("se:beer:comment:6").contributors()).isEmpty();
  }

  @Test
  void commentsPointAtTheirPostAndCleanHtml() {
    Contribution comment = readAll(source).item("se:beer:comment:5");

    assertThat(comment.kind()).isEqualTo(ContributionKind.COMMENT);
    assertThat(comment.parentId()).isEqualTo("se:beer:post:11");
    assertThat(comment.threadId()).isEqualTo("se:beer:post:10");
    assertThat(comment.body()).isEqualTo("Thanks, this source agrees.");
    assertThat(comment.score()).isEqualTo(3);
    assertThat(comment.contributors()).containsExactly(Contributor.of("member:se:beer:41", ContributorRole.COMMENTER));
  }

  @Test
  void parsesPipeSeparatedTagsAndDoubleEscapedHtml() {
    Contribution question = readAll(source).item("se:beer:post:14");

    assertThat(question.tags()).containsExactly("staking", "wallet");
    assertThat(question.body()).isEqualTo("Is stake pool & wallet the same?");
  }

  @Test
  void reportsFilteredOrphanedAndInvalidRows() {
    SourceFixtures.Read read = readAll(source);

    assertThat(read.skipCounts()).isEqualTo(Map.of(SkipReason.FILTERED, 1, SkipReason.INVALID, 3));
    assertThat(read.skipped()).extracting(s -> s.location())
        .contains("Posts.xml#Id 13", "Posts.xml#Id 15", "Comments.xml#Id 7");
    assertThat(read.skipped()).filteredOn(s -> s.location().startsWith("Posts.xml#line"))
        .singleElement().satisfies(s -> assertThat(s.detail()).contains("&bogus;"));
  }

  @Test
  void directoryHasUsersByDisplayNameWithoutTheCommunityBot() {
    assertThat(source.directory().members()).containsExactly(
        new Member("member:se:beer:7", "Ann Asker", "", ""),
        new Member("member:se:beer:8", "Ed & Co", "", ""),
        new Member("member:se:beer:12", "Hop Expert", "", ""),
        new Member("member:se:beer:41", "Commenter", "", ""));
    assertThat(source.directory().memberships()).allSatisfy(m -> assertThat(m.communityId()).isEqualTo("cop-beer"));
    assertThat(source.directory().communities()).isEmpty();
  }

  @Test
  void keepsDuplicateLinksAndAcceptedAnswersForEvaluation() {
    assertThat(source.duplicateLinks()).containsExactly(new DuplicateLink("se:beer:post:14", "se:beer:post:10"));
    assertThat(source.acceptedAnswers()).isEqualTo(Map.of("se:beer:post:10", "se:beer:post:11"));
  }

  @Test
  void appliesThePersonMappingToContributorsAndMembers() {
    StackExchangeSource mapped = new StackExchangeSource(fixture("stackexchange-thread-with-accepted-answer"),
        OPTIONS.withMemberIds(MemberIdMapper.fromCsv(fixture("person-mapping.csv"))));

    assertThat(readAll(mapped).item("se:beer:post:11").memberIds()).containsExactly("ann");
    assertThat(mapped.directory().members()).extracting(Member::id).contains("ann").doesNotContain("member:se:beer:12");
  }

  @Test
  void readsTheSameItemsOnEveryCall() {
    assertThat(readAll(source).items()).isEqualTo(readAll(source).items());
  }

  @Test
  void derivesTheSourceNameAndSiteUrlsFromASiteFolder(@TempDir Path temp) throws Exception {
    Path site = Files.createDirectory(temp.resolve("beer.stackexchange.com"));
    Path from = fixture("stackexchange-thread-with-accepted-answer");
    for (String file : new String[] {"Posts.xml", "Users.xml"}) {
      Files.copy(from.resolve(file), site.resolve(file));
    }
    StackExchangeSource named = new StackExchangeSource(site, SourceOptions.forCommunity("c"));

    assertThat(named.name()).isEqualTo("stackexchange:beer");
    assertThat(readAll(named).item("se:beer:post:10").sourceUrl()).isEqualTo("https://beer.stackexchange.com/questions/10");
    assertThat(readAll(named).item("se:beer:post:11").sourceUrl()).isEqualTo("https://beer.stackexchange.com/a/11");
  }

  @Test
  void refusesAPostsFileWithADtdAsHostile() {
    StackExchangeSource hostile = new StackExchangeSource(fixture("stackexchange-dtd-in-posts"), OPTIONS);

    SourceFixtures.Read read = readAll(hostile);

    assertThat(read.items()).isEmpty();
    assertThat(read.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(SkipReason.HOSTILE));
  }

  @Test
  void refusesAFolderWithoutPosts(@TempDir Path empty) {
    assertThatThrownBy(() -> new StackExchangeSource(empty, OPTIONS))
        .isInstanceOf(SourceException.class).hasMessageContaining("Posts.xml");
  }
}
