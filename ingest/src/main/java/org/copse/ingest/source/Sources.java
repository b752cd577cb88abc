package org.copse.ingest.source;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.copse.ingest.source.blog.FeedSource;
import org.copse.ingest.source.blog.WordPressSource;
import org.copse.ingest.source.directory.DirectoryFileSource;
import org.copse.ingest.source.forum.JsonLinesForumSource;
import org.copse.ingest.source.mail.MboxSource;
import org.copse.ingest.source.mediawiki.MediaWikiSource;
import org.copse.ingest.source.stackexchange.StackExchangeSource;

/**
 * Opens a source by type. {@link #standard()} knows every reader in this package;
 * {@link SourceType#LIBRARY} is read by extraction, which registers itself with
 * {@link #with(SourceType, Factory)}: until then opening a library throws
 * {@link SourceTypeNotRegisteredException}. Immutable and thread-safe.
 */
public final class Sources {
  /** Makes a source of one type from a path (a file or a folder) and options. */
  @FunctionalInterface
  public interface Factory {
    Source open(Path path, SourceOptions options);
  }

  private static final Sources STANDARD = standardSources();

  private final Map<SourceType, Factory> factories;

  private Sources(Map<SourceType, Factory> factories) {
    this.factories = factories.isEmpty() ? new EnumMap<>(SourceType.class) : new EnumMap<>(factories);
  }

  /** The readers of this package; no {@link SourceType#LIBRARY} reader. */
  public static Sources standard() {
    return STANDARD;
  }

  /** Opens a source with the {@link #standard()} readers. */
  public static Source open(SourceType type, Path path, SourceOptions options) {
    return STANDARD.openSource(type, path, options);
  }

  /** These readers plus (or replacing) the one for {@code type}. */
  public Sources with(SourceType type, Factory factory) {
    Map<SourceType, Factory> copy = new EnumMap<>(SourceType.class);
    copy.putAll(factories);
    copy.put(type, factory);
    return new Sources(copy);
  }

  /** Opens a source; throws {@link SourceTypeNotRegisteredException} when no reader is registered for the type. */
  public Source openSource(SourceType type, Path path, SourceOptions options) {
    Factory factory = factories.get(type);
    if (factory == null) {
      throw new SourceTypeNotRegisteredException(type);
    }
    return factory.open(path, options);
  }

  private static Sources standardSources() {
    Map<SourceType, Factory> factories = new EnumMap<>(SourceType.class);
    factories.put(SourceType.MEDIAWIKI, MediaWikiSource::new);
    factories.put(SourceType.STACKEXCHANGE, StackExchangeSource::new);
    factories.put(SourceType.JSONL, JsonLinesForumSource::new);
    factories.put(SourceType.WXR, WordPressSource::new);
    factories.put(SourceType.FEED, FeedSource::new);
    factories.put(SourceType.MBOX, MboxSource::new);
    factories.put(SourceType.DIRECTORY, (path, options) -> new DirectoryFileSource(path));
    return new Sources(factories);
  }
}
