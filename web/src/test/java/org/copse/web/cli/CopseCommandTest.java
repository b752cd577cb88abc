package org.copse.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.copse.index.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code copse} command line against a temporary data directory holding the demo content. */
class CopseCommandTest {
  @TempDir static Path dataDir;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {}

  static Run copse(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = CopseCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int status = commandLine.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeAll
  static void loadDemo() {
    Run first = copse("--data-dir", dataDir.toString(), "demo");
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains("Loaded demo content");
  }

  @Test
  void loadingTheDemoAgainChangesNothing() {
    Run again = copse("--data-dir", dataDir.toString(), "demo");

    assertThat(again.status()).isZero();
    assertThat(again.out()).contains("not loaded");
  }

  @Test
  void searchPrintsHitsInTheMembersScope() {
    Run run = copse("--data-dir", dataDir.toString(), "search", "damp mould", "--as", "tom.evans", "--limit", "3");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("[1-9][0-9]* results? for \"damp mould\" as tom.evans");
    assertThat(run.out()).contains(" 1. ", "id: demo:housing:").doesNotContain(" 4. ").doesNotContain("<mark>");
  }

  @Test
  void membersOnlyContentIsSearchedOnlyForMembers() {
    Run tom = copse("search", "EHCP", "--as", "tom.evans", "--data-dir", dataDir.toString());
    Run priya = copse("search", "EHCP", "--as", "priya.shah", "--data-dir", dataDir.toString());

    assertThat(tom.out()).as(tom.err()).startsWith("0 results");
    assertThat(priya.out()).as(priya.err()).containsPattern("[1-9][0-9]* results? for").contains("id: demo:send:");
  }

  @Test
  void unknownMembersAndBadQueriesAreRefusedClearly() {
    Run stranger = copse("--data-dir", dataDir.toString(), "search", "damp", "--as", "nobody");
    Run badQuery = copse("--data-dir", dataDir.toString(), "search", "year:twenty", "--as", "tom.evans");

    assertThat(stranger.status()).isEqualTo(SearchCommand.BAD_INPUT);
    assertThat(stranger.err()).contains("no member 'nobody'");
    assertThat(badQuery.status()).isEqualTo(SearchCommand.BAD_INPUT);
    assertThat(badQuery.err()).contains("year: needs a four-digit year");
  }

  @Test
  void aFailedStartIsOneClearLine() {
    System.setProperty("copse.index.backend", "elasticsearch");
    try {
      Run run = copse("--data-dir", dataDir.toString(), "search", "damp", "--as", "tom.evans");

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err()).startsWith("copse: copse.index.backend=elasticsearch needs copse.index.elasticsearch.hosts")
          .doesNotContain("\tat ");
      assertThat(run.out()).isEmpty();
    } finally {
      System.clearProperty("copse.index.backend");
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] args : new String[][] {{"--help"}, {"serve", "--help"}, {"search", "--help"}, {"demo", "--help"}, {"reindex", "--help"}, {"digest", "--help"}, {"experts", "--help"}, {"ingest", "--help"}}) {
      Run help = copse(args);
      assertThat(help.status()).as(String.join(" ", args)).isZero();
      assertThat(help.out()).contains("Usage:").contains("--data-dir");
    }
  }

  @Test
  void reindexCopiesEveryContributionToAnotherLuceneIndex(@TempDir Path target) {
    Run run = copse("--data-dir", dataDir.toString(), "reindex", "--to", "lucene", "--lucene-dir", target.toString(),
        "--batch-size", "7");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("Copied [1-9][0-9]* contributions from lucene to ");
    try (LuceneSearchIndex copy = LuceneSearchIndex.open(target)) {
      assertThat(run.out()).contains("Copied " + copy.stats().documents() + " contributions");
    }
  }

  @Test
  void reindexRefusesTheConfiguredIndexAsItsTarget() {
    Run same = copse("--data-dir", dataDir.toString(), "reindex", "--to", "lucene");
    Run unknown = copse("--data-dir", dataDir.toString(), "reindex", "--to", "solr");

    assertThat(same.status()).isEqualTo(SearchCommand.BAD_INPUT);
    assertThat(same.err()).contains("already lucene");
    assertThat(unknown.status()).isEqualTo(SearchCommand.BAD_INPUT);
    assertThat(unknown.err()).contains("--to must be elasticsearch or lucene");
  }

  @Test
  void digestDryRunCountsEveryMemberAndSendsNothing() throws java.io.IOException {
    // another test of this class may have written the outbox already: nothing may be added to it
    Path outbox = dataDir.resolve("digest").resolve("outbox");
    long before = java.nio.file.Files.exists(outbox) ? java.nio.file.Files.list(outbox).count() : -1;
    Run run = copse("--data-dir", dataDir.toString(), "digest", "--week", "2026-W47", "--dry-run");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("digest 2026-W47 \\(dry run\\) via .*: [1-9][0-9]* members .*WOULD_SEND=[1-9]");
    assertThat(java.nio.file.Files.exists(outbox) ? java.nio.file.Files.list(outbox).count() : -1).isEqualTo(before);
  }

  @Test
  void digestForOneMemberWritesTheOutbox() {
    Run run = copse("--data-dir", dataDir.toString(), "digest", "--week", "2026-W47", "--member", "priya.shah");
    Run badWeek = copse("--data-dir", dataDir.toString(), "digest", "--week", "48");

    assertThat(run.status()).as(run.err() + run.out()).isZero();
    assertThat(run.out()).contains("digest 2026-W47 via").contains(": 1 members");
    assertThat(badWeek.status()).isEqualTo(SearchCommand.BAD_INPUT);
    assertThat(badWeek.err()).contains("a week looks like 2026-W48");
  }

  @Test
  void expertsArePrintedWithEvidenceInTheMembersScope() {
    Run tom = copse("--data-dir", dataDir.toString(), "experts", "damp mould", "--as", "tom.evans", "--limit", "2");
    Run tomOnSend = copse("--data-dir", dataDir.toString(), "experts", "EHCP", "--as", "tom.evans");
    Run priyaOnSend = copse("--data-dir", dataDir.toString(), "experts", "EHCP", "--as", "priya.shah");

    assertThat(tom.status()).as(tom.err()).isZero();
    assertThat(tom.out()).startsWith("2 experts on \"damp mould\" as tom.evans").contains(" 1. ", "    - ", "demo:housing:");
    assertThat(tomOnSend.out()).as(tomOnSend.err()).startsWith("0 experts").doesNotContain("demo:send:");
    assertThat(priyaOnSend.out()).as(priyaOnSend.err()).containsPattern("^[1-9][0-9]* experts?").contains("demo:send:");
  }

  @Test
  void ingestReportsWhatItDidAndASecondRunFindsNothingChanged() throws Exception {
    Path feed = Path.of(getClass().getResource("/ingest/feed-rss2-two-housing-posts.xml").toURI());

    Run first = copse("--data-dir", dataDir.toString(), "ingest", "feed", feed.toString(), "--community", "housing",
        "--name", "housing-blog");
    Run found = copse("--data-dir", dataDir.toString(), "search", "quokkafield", "--as", "tom.evans");
    Run second = copse("--data-dir", dataDir.toString(), "ingest", "feed", feed.toString(), "--community", "housing",
        "--name", "housing-blog");

    assertThat(first.status()).as(first.err() + first.out()).isZero();
    assertThat(first.out()).contains("COMPLETED").contains("read 2, indexed 2, unchanged 0, deleted 0");
    assertThat(first.err()).contains("items");
    assertThat(found.out()).as(found.err()).startsWith("2 results");
    assertThat(second.out()).as(second.err()).contains("read 2, indexed 0, unchanged 2");
    Run full = copse("--data-dir", dataDir.toString(), "ingest", "feed", feed.toString(), "--community", "housing",
        "--name", "housing-blog", "--full");
    assertThat(full.out()).as(full.err()).contains("read 2, indexed 2, unchanged 0");
  }

  @Test
  void ingestRefusesUnknownTypesAndMissingPaths() {
    Run unknownType = copse("--data-dir", dataDir.toString(), "ingest", "pdf", dataDir.toString(), "--community", "housing");
    Run missing = copse("--data-dir", dataDir.toString(), "ingest", "feed", dataDir.resolve("nope.xml").toString(),
        "--community", "housing");

    assertThat(unknownType.status()).isEqualTo(SearchCommand.BAD_INPUT);
    assertThat(unknownType.err()).contains("unknown source type 'pdf'");
    assertThat(missing.status()).isEqualTo(SearchCommand.BAD_INPUT);
    assertThat(missing.err()).contains("nothing exists at");
  }

  @Test
  void aMissingCommandIsAUsageError() {
    Run run = copse();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing command");
  }
}
