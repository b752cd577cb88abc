package org.copse.ingest.source.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.copse.index.Community;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.index.Visibility;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceDirectory;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.support.Csv;
import org.copse.ingest.source.support.InputFiles;
import org.copse.ingest.source.support.ListCursor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A directory file: the members, communities and memberships of an organisation, with no items.
 * Ids are Copse ids, used as they are. Visibility defaults to {@code members_only}, so a missing
 * value hides a community rather than leaking it. A file that breaks the format is refused whole
 * ({@link SourceException} naming the line): a half-read directory would silently drop people.
 *
 * <p>CSV ({@code .csv}), with a header line, one record per line:
 * <pre>
 * type,id,name,email,organisation,description,visibility,community,role
 * community,cop-planning,Planning officers,,Kent CC,Hedges and highways,members_only,,
 * member,ann,Ann Smith,ann@example.gov.uk,Kent CC,,,,
 * membership,ann,,,,,,cop-planning,facilitator
 * </pre>
 *
 * <p>JSON (any other name):
 * <pre>
 * {"communities":[{"id":"cop-planning","name":"…","description":"…","visibility":"public","organisation":"…"}],
 *  "members":[{"id":"ann","name":"Ann Smith","email":"…","organisation":"…","communities":["cop-planning"],"facilitates":[]}]}
 * </pre>
 */
public final class DirectoryFileSource implements Source {
  private static final List<String> CSV_COLUMNS =
      List.of("type", "id", "name", "email", "organisation", "description", "visibility", "community", "role");

  private final Path file;

  public DirectoryFileSource(Path file) {
    this.file = file;
  }

  @Override
  public String name() {
    return "directory:" + file.getFileName();
  }

  @Override
  public SourceDirectory directory() {
    Map<String, Member> members = new LinkedHashMap<>();
    Map<String, Community> communities = new LinkedHashMap<>();
    Set<Membership> memberships = new LinkedHashSet<>();
    try (InputStream in = InputFiles.open(file)) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.csv(\\.gz)?")) {
        readCsv(Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8)), members, communities, memberships);
      } else {
        readJson(JsonMapper.builder().build().readTree(in), members, communities, memberships);
      }
    } catch (IOException | JacksonException e) {
      throw new SourceException("cannot read directory file " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new SourceException("invalid directory file " + file + ": " + e.getMessage(), e);
    }
    return new SourceDirectory(List.copyOf(members.values()), List.copyOf(communities.values()), List.copyOf(memberships));
  }

  /** A directory file defines no items. */
  @Override
  public SourceCursor items(Consumer<SkippedItem> skipped) {
    return new ListCursor(List.of());
  }

  private void readCsv(List<List<String>> rows, Map<String, Member> members, Map<String, Community> communities,
      Set<Membership> memberships) {
    if (rows.isEmpty() || !rows.get(0).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList().equals(CSV_COLUMNS)) {
      throw new SourceException(file + ": the header must be " + String.join(",", CSV_COLUMNS));
    }
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != CSV_COLUMNS.size()) {
        throw new SourceException(file + " line " + (i + 1) + ": expected " + CSV_COLUMNS.size() + " values, got " + row.size());
      }
      List<String> v = row.stream().map(String::strip).toList();
      switch (v.get(0).toLowerCase(Locale.ROOT)) {
        case "community" -> communities.put(v.get(1), new Community(v.get(1), v.get(2).isEmpty() ? v.get(1) : v.get(2),
            v.get(5), visibility(v.get(6), i + 1), v.get(4)));
        case "member" -> members.put(v.get(1), new Member(v.get(1), v.get(2).isEmpty() ? v.get(1) : v.get(2), v.get(3), v.get(4)));
        case "membership" -> memberships.add(new Membership(v.get(1), v.get(7), role(v.get(8), i + 1)));
        default -> throw new SourceException(file + " line " + (i + 1) + ": type must be community, member or membership");
      }
    }
  }

  private void readJson(JsonNode root, Map<String, Member> members, Map<String, Community> communities,
      Set<Membership> memberships) {
    for (JsonNode c : root.path("communities")) {
      String id = c.path("id").asString("");
      communities.put(id, new Community(id, c.path("name").asString(id), c.path("description").asString(""),
          visibility(c.path("visibility").asString(""), -1), c.path("organisation").asString("")));
    }
    for (JsonNode m : root.path("members")) {
      String id = m.path("id").asString("");
      members.put(id, new Member(id, m.path("name").asString(id), m.path("email").asString(""), m.path("organisation").asString("")));
      for (JsonNode community : m.path("communities")) {
        memberships.add(new Membership(id, community.asString(), Membership.Role.MEMBER));
      }
      for (JsonNode community : m.path("facilitates")) {
        memberships.add(new Membership(id, community.asString(), Membership.Role.FACILITATOR));
      }
    }
    List<String> unknown = new ArrayList<>();
    memberships.stream().filter(ms -> !communities.containsKey(ms.communityId())).forEach(ms -> unknown.add(ms.communityId()));
    if (!unknown.isEmpty()) {
      throw new SourceException(file + ": memberships name communities the file does not define: " + unknown);
    }
  }

  private Visibility visibility(String value, int line) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "", "members_only", "members-only", "private" -> Visibility.MEMBERS_ONLY;
      case "public" -> Visibility.PUBLIC;
      default -> throw new SourceException(file + (line > 0 ? " line " + line : "") + ": visibility must be public or members_only");
    };
  }

  private Membership.Role role(String value, int line) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "", "member" -> Membership.Role.MEMBER;
      case "facilitator" -> Membership.Role.FACILITATOR;
      default -> throw new SourceException(file + " line " + line + ": role must be member or facilitator");
    };
  }
}
