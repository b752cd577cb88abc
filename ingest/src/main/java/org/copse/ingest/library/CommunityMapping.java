package org.copse.ingest.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copse.index.Community;
import org.copse.index.Visibility;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.support.Csv;

/**
 * Which community each top-level folder of a library belongs to. Without a mapping file every
 * top-level folder is a community of its own, named after it; with one, the file decides
 * ({@code folder,community_id[,visibility]} per line, an optional header line starting with
 * {@code folder}), and folders it does not name go to the default community. Communities a library
 * defines are members-only unless the file says {@code public}: a new folder must never make
 * documents visible to everyone by accident.
 */
public final class CommunityMapping {
  private final Map<String, Community> byFolder;
  private final boolean perFolder;

  private CommunityMapping(Map<String, Community> byFolder, boolean perFolder) {
    this.byFolder = Map.copyOf(byFolder);
    this.perFolder = perFolder;
  }

  /** Every top-level folder is its own members-only community. */
  public static CommunityMapping perFolder() {
    return new CommunityMapping(Map.of(), true);
  }

  /** Reads a mapping file; throws {@link SourceException} if it cannot be read or a line is malformed. */
  public static CommunityMapping fromCsv(Path file) {
    Map<String, Community> byFolder = new LinkedHashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<List<String>> rows = Csv.read(reader);
      for (int i = 0; i < rows.size(); i++) {
        List<String> row = rows.get(i).stream().map(String::strip).toList();
        if (row.isEmpty() || row.size() == 1 && row.get(0).isEmpty()
            || i == 0 && row.get(0).equalsIgnoreCase("folder")) {
          continue;
        }
        if (row.size() < 2 || row.size() > 3 || row.get(0).isEmpty() || row.get(1).isEmpty()) {
          throw new SourceException(file + " line " + (i + 1) + ": expected folder,community_id[,visibility] but got " + row);
        }
        byFolder.put(row.get(0), community(row.get(1), row.get(0), row.size() == 3 ? visibility(file, i, row.get(2))
            : Visibility.MEMBERS_ONLY));
      }
    } catch (IOException e) {
      throw new SourceException("cannot read community mapping " + file, e);
    }
    return new CommunityMapping(byFolder, false);
  }

  /** The community of a top-level folder, if it has one of its own. */
  public Optional<Community> communityOf(String folder) {
    Community mapped = byFolder.get(folder);
    if (mapped != null) {
      return Optional.of(mapped);
    }
    return perFolder ? Optional.of(community(slug(folder), folder, Visibility.MEMBERS_ONLY)) : Optional.empty();
  }

  /** A community id made from a folder name: lower case letters, digits and dashes. */
  static String slug(String folder) {
    String slug = folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "folder" : slug;
  }

  private static Community community(String id, String folder, Visibility visibility) {
    return new Community(id, folder, "Library folder " + folder, visibility, "");
  }

  private static Visibility visibility(Path file, int line, String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "public" -> Visibility.PUBLIC;
      case "members", "members_only", "private" -> Visibility.MEMBERS_ONLY;
      default -> throw new SourceException(file + " line " + (line + 1) + ": visibility must be public or members, not " + text);
    };
  }
}
