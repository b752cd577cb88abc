package org.copse.ingest.source.mediawiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copse.ingest.source.support.SourceFixtures.fixture;
import static org.copse.ingest.source.support.SourceFixtures.gzip;
import static org.copse.ingest.source.support.SourceFixtures.readAll;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.ingest.source.HostileInputException;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.support.SourceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaWikiSourceTest {
  private static final SourceOptions OPTIONS = SourceOptions.forCommunity("cop-wiki").withSourceName("testwiki");

  private final Path history = fixture("mediawiki-history-three-editors.xml");

  @Test
  void creditsEditorsBySizeOfChangeWithTheLargestAsAuthor() {
    Contribution page = readAll(new MediaWikiSource(history, OPTIONS)).item("wiki:testwiki:page:123");

    // sizes 100 (Alice), 130 (an IP, not credited), 90 (Bob removes 40: the minimum, 10), 470 (Carol adds 380)
    assertThat(page.contributors()).containsExactly(
        new Contributor("member:wiki:testwiki:Carol_Copy", ContributorRole.AUTHOR, 380),
        new Contributor("member:wiki:testwiki:Alice_Author", ContributorRole.EDITOR, 100),
        new Contributor("member:wiki:testwiki:Bob_Editor", ContributorRole.EDITOR, 10));
  }

  @Test
  void cleansTheLatestRevisionToReadableText() {
    Contribution page = readAll(new MediaWikiSource(history, OPTIONS)).item("wiki:testwiki:page:123");

    assertThat(page.kind()).isEqualTo(ContributionKind.WIKI_PAGE);
    assertThat(page.title()).isEqualTo("Hedge law");
    assertThat(page.body()).isEqualTo("""
        Hedge law covers high hedges and boundaries.

        History

        Councils act on complaints. See the Act.

        first point""");
    assertThat(page.tags()).containsExactly("planning law", "hedges");
    assertThat(page.created()).isEqualTo(Instant.parse("2020-01-01T10:00:00Z"));
    assertThat(page.updated()).isEqualTo(Instant.parse("2020-01-04T10:00:00Z"));
    assertThat(page.sourceUrl()).isEqualTo("https://test.example.org/wiki/Hedge_law");
    assertThat(page.communityId()).isEqualTo("cop-wiki");
  }

  @Test
  void skipsRedirectsOtherNamespacesAndBlankPagesWithReasons() {
    SourceFixtures.Read read = readAll(new MediaWikiSource(history, OPTIONS));

    assertThat(read.ids()).containsExactly("wiki:testwiki:page:123");
    assertThat(read.skipCounts()).isEqualTo(Map.of(SkipReason.FILTERED, 2, SkipReason.EMPTY, 1));
    assertThat(read.skipped()).extracting(s -> s.detail())
        .containsExactly("redirect to Hedge law", "namespace 1 not selected", "the latest revision is blank");
  }

  @Test
  void keepsOtherNamespacesWhenAskedAndCreditsIpEditorsWhenAsked() {
    SourceOptions options = OPTIONS.withWikiNamespaces(Set.of(0, 1)).withCreditAnonymousEditors(true);
    SourceFixtures.Read read = readAll(new MediaWikiSource(history, options));

    assertThat(read.ids()).containsExactly("wiki:testwiki:page:123", "wiki:testwiki:page:125");
    assertThat(read.item("wiki:testwiki:page:123").contributors())
        .contains(new Contributor("member:wiki:testwiki:ip:192.0.2.7", ContributorRole.EDITOR, 30));
  }

  @Test
  void directoryNamesTheCreditedEditorsOfKeptPages() {
    assertThat(new MediaWikiSource(history, OPTIONS).directory().members()).containsExactly(
        new Member("member:wiki:testwiki:Alice_Author", "Alice Author", "", ""),
        new Member("member:wiki:testwiki:Bob_Editor", "Bob Editor", "", ""),
        new Member("member:wiki:testwiki:Carol_Copy", "Carol Copy", "", ""));
  }

  @Test
  void readsAGzippedExportTheSameAsThePlainOne(@TempDir Path temp) throws Exception {
    Path gz = gzip(history, temp);

    assertThat(readAll(new MediaWikiSource(gz, OPTIONS)).items()).isEqualTo(readAll(new MediaWikiSource(history, OPTIONS)).items());
  }

  @Test
  void skipsPagesOfAStubDumpAsEmptyButMeasuresTheirSizesFromTheBytesAttribute(@TempDir Path temp) throws Exception {
    Path stub = java.nio.file.Files.writeString(temp.resolve("stubwiki-stub-meta-history.xml"), """
        <mediawiki><page><title>P</title><ns>0</ns><id>9</id>
        <revision><id>1</id><timestamp>2020-01-01T00:00:00Z</timestamp><contributor><username>A</username></contributor><text bytes="50" /></revision>
        </page></mediawiki>""");

    SourceFixtures.Read read = readAll(new MediaWikiSource(stub, OPTIONS));

    assertThat(read.items()).isEmpty();
    assertThat(read.skipped()).singleElement().satisfies(s -> {
      assertThat(s.reason()).isEqualTo(SkipReason.EMPTY);
      assertThat(s.detail()).contains("stub");
    });
    assertThat(EditCredits.credit(List.of(new WikiPage.Revision(1, Instant.EPOCH, "A", false, 50)), 10, r -> "a"))
        .containsExactly(new Contributor("a", ContributorRole.AUTHOR, 50));
  }

  @Test
  void derivesTheSourceNameFromTheDumpFileName() {
    assertThat(new MediaWikiSource(Path.of("aawiki-20260101-pages-meta-history.xml.gz"), SourceOptions.forCommunity("c")).name())
        .isEqualTo("mediawiki:aawiki");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mediawiki-billion-laughs.xml", "mediawiki-xxe.xml"})
  void refusesADocumentTypeDeclarationAsHostile(String name) {
    MediaWikiSource hostile = new MediaWikiSource(fixture(name), OPTIONS);

    SourceFixtures.Read read = readAll(hostile);

    assertThat(read.items()).isEmpty();
    assertThat(read.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(SkipReason.HOSTILE));
    assertThatThrownBy(hostile::directory).isInstanceOf(HostileInputException.class);
  }
}
