package org.copse.ingest.job;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to ingest.
 *
 * @param type the source type's code ({@code library}, {@code mediawiki}, {@code stackexchange}, …)
 * @param path the file or folder to read
 * @param communityId the community items go to (for a library: files directly under its root, and
 *     folders the mapping does not name)
 * @param options further settings by name, see {@link IngestOptions}
 */
public record IngestRequest(String type, Path path, String communityId, Map<String, String> options) {
  public IngestRequest {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(communityId, "communityId");
    if (type.isBlank() || communityId.isBlank()) {
      throw new IllegalArgumentException("type and community must not be blank");
    }
    path = path.toAbsolutePath().normalize();
    options = Map.copyOf(new TreeMap<>(options));
  }

  public static IngestRequest of(String type, Path path, String communityId) {
    return new IngestRequest(type, path, communityId, Map.of());
  }

  public IngestRequest withOption(String name, String value) {
    var copy = new TreeMap<>(options);
    copy.put(name, value);
    return new IngestRequest(type, path, communityId, copy);
  }

  public String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }
}
