package org.copse.ingest.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceDirectory;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.SourceItem;
import org.jspecify.annotations.Nullable;

/**
 * A folder tree of documents. Each regular file (hidden files and folders, symbolic links and the
 * mapping file left out) is one {@link ContributionKind#LIBRARY_DOCUMENT}, read in path order, with
 * <ul>
 *   <li>a stable id from its path relative to the root: {@code lib:<name>:<relative/path>};
 *   <li>the community of its top-level folder (see {@link CommunityMapping}), or the default
 *       community for files directly under the root;
 *   <li>a content hash, the SHA-256 of its bytes, so that an unchanged file is not extracted again;
 *   <li>its modification time as created and updated time, and its file name as a provisional title;
 *       title, text and author come from extraction.
 * </ul>
 */
public final class LibrarySource implements Source {
  private final Path root;
  private final String name;
  private final String defaultCommunityId;
  private final CommunityMapping communities;
  private final @Nullable Path mappingFile;

  /**
   * @param root the library's folder
   * @param name a short name that keeps ids unique among libraries
   * @param defaultCommunityId the community of files directly under the root (and of folders the
   *     mapping file does not name)
   * @param mappingFile a community mapping file, or null for a community per top-level folder
   */
  public LibrarySource(Path root, String name, String defaultCommunityId, @Nullable Path mappingFile) {
    this.root = root.toAbsolutePath().normalize();
    this.name = Objects.requireNonNull(name, "name");
    this.defaultCommunityId = Objects.requireNonNull(defaultCommunityId, "defaultCommunityId");
    if (!Files.isDirectory(this.root)) {
      throw new SourceException("library folder does not exist or is not a folder: " + root);
    }
    this.mappingFile = mappingFile == null ? null : mappingFile.toAbsolutePath().normalize();
    this.communities = mappingFile == null ? CommunityMapping.perFolder() : CommunityMapping.fromCsv(mappingFile);
  }

  @Override
  public String name() {
    return "library:" + name;
  }

  /** The communities of the top-level folders; no members (authors come from the files' metadata). */
  @Override
  public SourceDirectory directory() {
    Map<String, Community> found = new LinkedHashMap<>();
    for (Path folder : topLevelFolders()) {
      communities.communityOf(folder.getFileName().toString()).ifPresent(c -> found.putIfAbsent(c.id(), c));
    }
    return new SourceDirectory(List.of(), List.copyOf(found.values()), List.of());
  }

  @Override
  public SourceCursor items(Consumer<SkippedItem> skipped) {
    List<Path> files = files();
    Iterator<Path> paths = files.iterator();
    return new SourceCursor() {
      private @Nullable SourceItem next;

      @Override
      public boolean hasNext() {
        while (next == null && paths.hasNext()) {
          next = item(paths.next(), skipped);
        }
        return next != null;
      }

      @Override
      public SourceItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SourceItem item = next;
        next = null;
        return item;
      }

      @Override
      public void close() {
        // Files are opened and closed one at a time in item(); nothing stays open.
      }
    };
  }

  /** How many files the library holds now, for progress estimates. */
  public int fileCount() {
    return files().size();
  }

  private @Nullable SourceItem item(Path file, Consumer<SkippedItem> skipped) {
    String relative = relative(file);
    try {
      String hash = FileHash.sha256(file);
      Instant modified = Files.getLastModifiedTime(file).toInstant();
      String fileName = file.getFileName().toString();
      int dot = fileName.lastIndexOf('.');
      Contribution draft = Contribution.builder("lib:" + name + ":" + relative, ContributionKind.LIBRARY_DOCUMENT,
              communityOf(relative))
          .title(dot > 0 ? fileName.substring(0, dot) : fileName)
          .created(modified)
          .updated(modified)
          .contentHash(hash)
          .build();
      return new SourceItem(draft, file);
    } catch (IOException e) {
      skipped.accept(new SkippedItem(relative, SkipReason.INVALID, "cannot read: " + e));
      return null;
    }
  }

  private String communityOf(String relative) {
    int slash = relative.indexOf('/');
    if (slash < 0) {
      return defaultCommunityId;
    }
    return communities.communityOf(relative.substring(0, slash)).map(Community::id).orElse(defaultCommunityId);
  }

  private String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private List<Path> files() {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = new ArrayList<>(walk
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !isHidden(root.relativize(p)))
          .filter(p -> !p.equals(mappingFile))
          .toList());
      files.sort((a, b) -> relative(a).compareTo(relative(b)));
      return files;
    } catch (IOException | UncheckedIOException e) {
      throw new SourceException("cannot list the library folder " + root, e);
    }
  }

  private List<Path> topLevelFolders() {
    try (Stream<Path> children = Files.list(root)) {
      return children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SourceException("cannot list the library folder " + root, e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path segment : relative) {
      if (segment.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
