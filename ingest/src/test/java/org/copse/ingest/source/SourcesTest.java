package org.copse.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copse.ingest.source.support.SourceFixtures.fixture;

import java.nio.file.Path;
import java.util.List;
import org.copse.ingest.source.support.ListCursor;
import org.junit.jupiter.api.Test;

class SourcesTest {
  private static final SourceOptions OPTIONS = SourceOptions.forCommunity("c");

  @Test
  void opensEachStandardTypeByItsCode() {
    assertThat(Sources.open(SourceType.fromCode("mediawiki").orElseThrow(), fixture("mediawiki-history-three-editors.xml"), OPTIONS).name())
        .isEqualTo("mediawiki:mediawiki");
    assertThat(Sources.open(SourceType.STACKEXCHANGE, fixture("stackexchange-thread-with-accepted-answer"), OPTIONS).name())
        .isEqualTo("stackexchange:stackexchange-thread-with-accepted-answer");
    assertThat(Sources.open(SourceType.JSONL, fixture("jsonl-invalid-line.jsonl"), OPTIONS).name()).isEqualTo("jsonl:jsonl-invalid-line");
    assertThat(Sources.open(SourceType.WXR, fixture("wxr-post-with-comments.xml"), OPTIONS).name()).isEqualTo("wxr:wxr-post-with-comments");
    assertThat(Sources.open(SourceType.FEED, fixture("feed-rss2-two-items.xml"), OPTIONS).name()).isEqualTo("feed:feed-rss2-two-items");
    assertThat(Sources.open(SourceType.MBOX, fixture("mbox-thread-with-quotes.mbox"), OPTIONS).name()).isEqualTo("mbox:mbox-thread-with-quotes");
    assertThat(Sources.open(SourceType.DIRECTORY, fixture("directory-members.csv"), OPTIONS).name()).isEqualTo("directory:directory-members.csv");
  }

  @Test
  void refusesLibraryUntilAReaderIsRegistered() {
    assertThatThrownBy(() -> Sources.open(SourceType.LIBRARY, Path.of("docs"), OPTIONS))
        .isInstanceOf(SourceTypeNotRegisteredException.class).hasMessageContaining("library");
  }

  @Test
  void usesARegisteredLibraryReaderWithoutChangingTheStandardOnes() {
    Source library = new Source() {
      @Override
      public String name() {
        return "library:docs";
      }

      @Override
      public SourceDirectory directory() {
        return SourceDirectory.empty();
      }

      @Override
      public SourceCursor items(java.util.function.Consumer<SkippedItem> skipped) {
        return new ListCursor(List.of());
      }
    };
    Sources withLibrary = Sources.standard().with(SourceType.LIBRARY, (path, options) -> library);

    assertThat(withLibrary.openSource(SourceType.LIBRARY, Path.of("docs"), OPTIONS)).isSameAs(library);
    assertThatThrownBy(() -> Sources.standard().openSource(SourceType.LIBRARY, Path.of("docs"), OPTIONS))
        .isInstanceOf(SourceTypeNotRegisteredException.class);
  }

  @Test
  void validatesOptions() {
    assertThatThrownBy(() -> OPTIONS.withSourceName("has space")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceOptions.forCommunity(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OPTIONS.withMinEditSize(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(OPTIONS.sourceNameOr("beer.stackexchange.com")).isEqualTo("beer.stackexchange.com");
    assertThat(OPTIONS.sourceNameOr("a b/c")).isEqualTo("a-b-c");
  }
}
