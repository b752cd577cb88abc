package org.copse.ingest.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copse.ingest.source.support.Csv;

/**
 * Links one person who appears in several sources to one member id. Every reader builds a member id
 * from its own source (such as {@code member:se:beer:17}) and passes it through {@link #map}; ids
 * named in the person-mapping file become the member id given there, all others stay as they are.
 * Immutable and thread-safe.
 */
public final class MemberIdMapper {
  private static final MemberIdMapper IDENTITY = new MemberIdMapper(Map.of());

  private final Map<String, String> mapping;

  public MemberIdMapper(Map<String, String> mapping) {
    mapping.forEach((from, to) -> {
      if (from.isBlank() || to.isBlank()) {
        throw new IllegalArgumentException("blank id in person mapping: '" + from + "' -> '" + to + "'");
      }
    });
    this.mapping = Map.copyOf(mapping);
  }

  /** A mapper that keeps every id. */
  public static MemberIdMapper identity() {
    return IDENTITY;
  }

  /**
   * Reads a person-mapping CSV file: a header line {@code source_id,member_id} then one line per
   * source id. Throws {@link SourceException} if it cannot be read, a line has not two values, or one
   * source id is mapped twice to different members.
   */
  public static MemberIdMapper fromCsv(Path file) {
    Map<String, String> mapping = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<List<String>> rows = Csv.read(reader);
      for (int i = 0; i < rows.size(); i++) {
        List<String> row = rows.get(i);
        if (i == 0 && !row.isEmpty() && row.get(0).strip().equalsIgnoreCase("source_id")) {
          continue;
        }
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (row.size() != 2 || row.get(0).isBlank() || row.get(1).isBlank()) {
          throw new SourceException(file + " line " + (i + 1) + ": expected source_id,member_id but got " + row);
        }
        String previous = mapping.put(row.get(0).strip(), row.get(1).strip());
        if (previous != null && !previous.equals(row.get(1).strip())) {
          throw new SourceException(file + " line " + (i + 1) + ": " + row.get(0) + " is mapped to both "
              + previous + " and " + row.get(1));
        }
      }
    } catch (IOException e) {
      throw new SourceException("cannot read person mapping " + file, e);
    }
    return new MemberIdMapper(mapping);
  }

  /** The member id for a source's own member id. */
  public String map(String sourceMemberId) {
    return mapping.getOrDefault(sourceMemberId, sourceMemberId);
  }

  /** How many source ids this mapper links. */
  public int size() {
    return mapping.size();
  }
}
