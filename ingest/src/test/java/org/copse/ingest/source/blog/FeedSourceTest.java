package org.copse.ingest.source.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copse.ingest.source.support.SourceFixtures.fixture;
import static org.copse.ingest.source.support.SourceFixtures.readAll;

import java.time.Instant;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.support.SourceFixtures;
import org.junit.jupiter.api.Test;

class FeedSourceTest {
  private static final SourceOptions OPTIONS = SourceOptions.forCommunity("cop-blog").withSourceName("notes");

  @Test
  void readsAtomEntriesWithAuthorCategoriesAndHtmlContent() {
    SourceFixtures.Read read = readAll(new FeedSource(fixture("feed-atom-two-entries.xml"), OPTIONS));

    assertThat(read.items()).hasSize(2);
    Contribution first = read.items().get(0);
    assertThat(first.kind()).isEqualTo(ContributionKind.BLOG_POST);
    assertThat(first.title()).isEqualTo("Hedge complaints explained");
    assertThat(first.body()).isEqualTo("How councils handle high hedges.");
    assertThat(first.sourceUrl()).isEqualTo("https://notes.example.org/hedges");
    assertThat(first.contributors()).containsExactly(Contributor.of("member:feed:notes:ann@example.gov.uk", ContributorRole.AUTHOR));
    assertThat(first.tags()).containsExactly("hedges");
    assertThat(first.created()).isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));
    assertThat(first.updated()).isEqualTo(Instant.parse("2024-03-02T10:00:00Z"));
    assertThat(first.id()).matches("feed:notes:entry:[0-9a-f]{16}");
    Contribution second = read.items().get(1);
    assertThat(second.body()).isEqualTo("A short summary.");
    assertThat(second.contributors()).isEmpty();
    assertThat(second.created()).isEqualTo(Instant.parse("2024-03-03T10:00:00Z"));
  }

  @Test
  void readsRssItemsWithAuthorOrCreator() {
    FeedSource source = new FeedSource(fixture("feed-rss2-two-items.xml"), OPTIONS);
    SourceFixtures.Read read = readAll(source);

    assertThat(read.items()).extracting(Contribution::body).containsExactly("Full text about potholes.", "Gritting routes.");
    assertThat(read.items().get(0).contributors()).containsExactly(
        Contributor.of("member:feed:notes:bob@example.gov.uk", ContributorRole.AUTHOR));
    assertThat(read.items().get(0).created()).isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
    assertThat(read.items().get(1).contributors()).containsExactly(
        Contributor.of("member:feed:notes:carol_grit", ContributorRole.AUTHOR));
    assertThat(source.directory().members()).containsExactly(
        new Member("member:feed:notes:bob@example.gov.uk", "Bob Roads", "bob@example.gov.uk", ""),
        new Member("member:feed:notes:carol_grit", "Carol Grit", "", ""));
  }

  @Test
  void ignoresADoctypeThatOnlyNamesAnExternalDtdWithoutLoadingIt() {
    SourceFixtures.Read read = readAll(new FeedSource(fixture("feed-rss091-with-external-doctype.xml"), OPTIONS));

    assertThat(read.skipped()).isEmpty();
    assertThat(read.items()).singleElement().satisfies(item -> {
      assertThat(item.title()).isEqualTo("Caf\u00e9 opening hours");
      assertThat(item.body()).isEqualTo("Open & staffed from 9.");
    });
  }

  @Test
  void refusesEntityExpansionAsHostile() {
    SourceFixtures.Read read = readAll(new FeedSource(fixture("feed-billion-laughs.xml"), OPTIONS));

    assertThat(read.items()).isEmpty();
    assertThat(read.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(SkipReason.HOSTILE));
  }
}
