package org.copse.ingest.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copse.index.Community;
import org.copse.index.Visibility;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibrarySourceTest {
  @TempDir Path root;

  @Test
  void itemsAreFilesInPathOrderWithStableIdsAndFolderCommunities() throws IOException {
    write("Roads/gritting.txt", "grit");
    write("Roads/Winter Plans/snow.txt", "snow");
    write("Libraries & Archives/hours.txt", "hours");
    write("readme.txt", "hello");
    write(".hidden/secret.txt", "no");
    write("Roads/.DS_Store", "no");

    List<SourceItem> items = read(new LibrarySource(root, "council", "general", null));

    assertThat(items).extracting(i -> i.draft().id()).containsExactly(
        "lib:council:Libraries & Archives/hours.txt", "lib:council:Roads/Winter Plans/snow.txt",
        "lib:council:Roads/gritting.txt", "lib:council:readme.txt");
    assertThat(items).extracting(i -> i.draft().communityId())
        .containsExactly("libraries-archives", "roads", "roads", "general");
    assertThat(items.get(3).file()).isEqualTo(root.resolve("readme.txt"));
    assertThat(items.get(3).draft().title()).isEqualTo("readme");
  }

  @Test
  void contentHashIsTheSha256OfTheBytesAndChangesWithThem() throws IOException {
    write("a.txt", "abc");
    var source = new LibrarySource(root, "lib", "general", null);

    String before = read(source).get(0).draft().contentHash();
    write("a.txt", "abd");
    String after = read(source).get(0).draft().contentHash();

    assertThat(before).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void directoryDefinesAMembersOnlyCommunityPerTopLevelFolder() throws IOException {
    write("Roads/a.txt", "a");
    write("Parks/b.txt", "b");

    List<Community> communities = new LibrarySource(root, "lib", "general", null).directory().communities();

    assertThat(communities).extracting(Community::id).containsExactly("parks", "roads");
    assertThat(communities).extracting(Community::visibility).containsOnly(Visibility.MEMBERS_ONLY);
  }

  @Test
  void mappingFileDecidesCommunitiesAndIsNotAnItem() throws IOException {
    write("Roads/a.txt", "a");
    write("Parks/b.txt", "b");
    Path mapping = write("communities.csv", "folder,community_id,visibility\nRoads,highways,public\n");

    var source = new LibrarySource(root, "lib", "general", mapping);

    assertThat(read(source)).extracting(i -> i.draft().communityId()).containsExactly("general", "highways");
    assertThat(source.directory().communities()).singleElement()
        .satisfies(c -> assertThat(c.visibility()).isEqualTo(Visibility.PUBLIC));
  }

  @Test
  void malformedMappingFileIsRefused() throws IOException {
    Path mapping = write("communities.csv", "Roads,highways,everyone\n");

    assertThatThrownBy(() -> new LibrarySource(root, "lib", "general", mapping))
        .isInstanceOf(SourceException.class).hasMessageContaining("visibility");
  }

  @Test
  void missingFolderIsASourceException() {
    assertThatThrownBy(() -> new LibrarySource(root.resolve("nope"), "lib", "general", null))
        .isInstanceOf(SourceException.class);
  }

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static List<SourceItem> read(LibrarySource source) {
    List<SkippedItem> skipped = new ArrayList<>();
    List<SourceItem> items = new ArrayList<>();
    try (SourceCursor cursor = source.items(skipped::add)) {
      cursor.forEachRemaining(items::add);
    }
    assertThat(skipped).isEmpty();
    return items;
  }
}
