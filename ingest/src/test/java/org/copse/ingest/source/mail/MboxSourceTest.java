package org.copse.ingest.source.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copse.ingest.source.support.SourceFixtures.fixture;
import static org.copse.ingest.source.support.SourceFixtures.gzip;
import static org.copse.ingest.source.support.SourceFixtures.readAll;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.support.SourceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MboxSourceTest {
  private static final SourceOptions OPTIONS = SourceOptions.forCommunity("cop-planning").withSourceName("lists");

  private final MboxSource source = new MboxSource(fixture("mbox-thread-with-quotes.mbox"), OPTIONS);

  @Test
  void threadsByInReplyToAndReferencesWithTheFirstMessageAsQuestion() {
    List<Contribution> items = readAll(source).items();

    assertThat(items).extracting(Contribution::kind).containsExactly(
        ContributionKind.FORUM_QUESTION, ContributionKind.FORUM_ANSWER, ContributionKind.FORUM_ANSWER,
        ContributionKind.FORUM_QUESTION);
    Contribution root = items.get(0);
    assertThat(items.get(1).parentId()).isEqualTo(root.id());
    assertThat(items.get(2).parentId()).isEqualTo(items.get(1).id());
    assertThat(items.subList(0, 3)).allSatisfy(c -> assertThat(c.threadId()).isEqualTo(root.id()));
    assertThat(items.get(3).threadId()).isEqualTo(items.get(3).id());
    assertThat(items.get(3).parentId()).isNull();
  }

  @Test
  void mapsSenderSubjectAndDate() {
    Contribution root = readAll(source).items().get(0);

    assertThat(root.title()).isEqualTo("Hedge policy for councils");
    assertThat(root.created()).isEqualTo(Instant.parse("2024-03-04T09:00:00Z"));
    assertThat(root.contributors()).containsExactly(Contributor.of("member:mail:lists:alice@example.gov.uk", ContributorRole.ASKER));
    assertThat(root.id()).matches("mail:lists:msg:[0-9a-f]{16}");
  }

  @Test
  void stripsQuotesAttributionAndSignatureAndUnescapesFromLines() {
    List<Contribution> items = readAll(source).items();

    assertThat(items.get(0).body()).isEqualTo(
        "How do other councils handle high hedge complaints?\nFrom the council's point of view the fee matters.");
    assertThat(items.get(1).body()).isEqualTo("We charge a fee of 300 pounds and visit within 4 weeks.");
    assertThat(items.get(1).contributors()).containsExactly(
        Contributor.of("member:mail:lists:bob@example.gov.uk", ContributorRole.ANSWERER));
  }

  @Test
  void prefersPlainTextAndCleansHtmlOnlyMessages() {
    List<Contribution> items = readAll(source).items();

    assertThat(items.get(2).body()).isEqualTo("Plain text wins: we waive the fee for pensioners.");
    assertThat(items.get(3).body()).isEqualTo("Gritting starts at 4am.");
  }

  @Test
  void directoryHasSendersByLowerCaseAddress() {
    assertThat(source.directory().members()).containsExactly(
        new Member("member:mail:lists:alice@example.gov.uk", "Alice Asker", "alice@example.gov.uk", ""),
        new Member("member:mail:lists:bob@example.gov.uk", "Bob Answerer", "bob@example.gov.uk", ""),
        new Member("member:mail:lists:carol@example.gov.uk", "Carol", "carol@example.gov.uk", ""),
        new Member("member:mail:lists:dan@example.gov.uk", "Dan", "dan@example.gov.uk", ""));
  }

  @Test
  void readsAGzippedMboxAndGivesStableIds(@TempDir Path temp) throws Exception {
    SourceFixtures.Read plain = readAll(source);

    assertThat(readAll(new MboxSource(gzip(fixture("mbox-thread-with-quotes.mbox"), temp), OPTIONS)).items())
        .isEqualTo(plain.items());
    assertThat(plain.skipped()).isEmpty();
  }
}
