package org.copse.ingest.job;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.copse.ingest.library.LibrarySource;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.MemberIdMapper;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.SourceType;
import org.copse.ingest.source.Sources;

/**
 * The source types ingest can read, by code: the library (built here) and every reader of
 * {@link Sources#standard()} ({@code mediawiki}, {@code stackexchange}, {@code jsonl}, {@code wxr},
 * {@code feed}, {@code mbox}, {@code directory}); more are added with {@link #register} (as
 * {@link SourceRegistration} beans in an application).
 */
public final class SourceCatalog {
  public static final String LIBRARY = "library";

  private final Map<String, SourceFactory> factories = new TreeMap<>();

  public SourceCatalog() {
    for (SourceType type : SourceType.values()) {
      if (type != SourceType.LIBRARY) {
        factories.put(type.code(), request -> Sources.open(type, request.path(), sourceOptions(request)));
      }
    }
    factories.put(LIBRARY, SourceCatalog::library);
  }

  /** Adds or replaces the factory for a type code (lower case). */
  public SourceCatalog register(String type, SourceFactory factory) {
    factories.put(type.toLowerCase(Locale.ROOT), factory);
    return this;
  }

  public Set<String> types() {
    return factories.keySet();
  }

  /** Opens the request's source; a type nobody registered is a {@link SourceException}. */
  public Source open(IngestRequest request) {
    SourceFactory factory = factories.get(request.type().toLowerCase(Locale.ROOT));
    if (factory == null) {
      throw new SourceException("unknown source type '" + request.type() + "'; known: " + String.join(", ", types()));
    }
    return factory.open(request);
  }

  private static Source library(IngestRequest request) {
    String mapping = request.options().get(IngestOptions.COMMUNITY_MAPPING);
    return new LibrarySource(request.path(), sourceName(request), request.communityId(),
        mapping == null ? null : Path.of(mapping));
  }

  /** The reader options a request gives: its community, name, person mapping and language. */
  static SourceOptions sourceOptions(IngestRequest request) {
    SourceOptions options = SourceOptions.forCommunity(request.communityId())
        .withSourceName(request.options().get(IngestOptions.NAME));
    String people = request.options().get(IngestOptions.PEOPLE);
    if (people != null) {
      options = options.withMemberIds(MemberIdMapper.fromCsv(Path.of(people)));
    }
    String language = request.options().get(IngestOptions.LANGUAGE);
    return language == null ? options : options.withLanguage(language);
  }

  /** The request's {@code name} option, or the file or folder name cleaned to safe characters. */
  public static String sourceName(IngestRequest request) {
    String given = request.options().get(IngestOptions.NAME);
    Path fileName = request.path().getFileName();
    String name = given != null ? given : fileName == null ? "root" : fileName.toString();
    String cleaned = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return cleaned.isEmpty() ? "source" : cleaned;
  }
}
