package org.copse.ingest.source;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to read one source.
 *
 * <p>Readers never define the community they write into (its visibility is the directory's
 * business, and a reader must not make a private community public): the community must exist, for
 * example from a {@link SourceType#DIRECTORY} file or the admin pages.
 *
 * @param sourceName a short name that makes ids unique among sources of one type, such as
 *     {@code beer} in {@code se:beer:post:42}; null to derive one from the file or folder name
 * @param communityId the community every item is written into (JSON Lines items may name their own)
 * @param memberIds links people across sources
 * @param language the ISO 639-1 code of the text
 * @param wikiNamespaces the MediaWiki namespaces to keep; pages in others are skipped as
 *     {@link SkipReason#FILTERED}
 * @param creditAnonymousEditors whether wiki edits by IP addresses credit a member per address
 *     (off: they count towards page sizes but credit nobody)
 * @param minEditSize the least a wiki revision credits its editor, in bytes, so that reverts and
 *     removals still count a little
 */
public record SourceOptions(
    @Nullable String sourceName,
    String communityId,
    MemberIdMapper memberIds,
    String language,
    Set<Integer> wikiNamespaces,
    boolean creditAnonymousEditors,
    int minEditSize) {

  public static final Set<Integer> DEFAULT_WIKI_NAMESPACES = Set.of(0);
  public static final int DEFAULT_MIN_EDIT_SIZE = 10;
  public static final String DEFAULT_LANGUAGE = "en";

  public SourceOptions {
    if (sourceName != null && !sourceName.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("source name must be letters, digits, '.', '_' or '-': '" + sourceName + "'");
    }
    Objects.requireNonNull(communityId, "communityId");
    if (communityId.isBlank()) {
      throw new IllegalArgumentException("community id must not be blank");
    }
    Objects.requireNonNull(memberIds, "memberIds");
    Objects.requireNonNull(language, "language");
    wikiNamespaces = Set.copyOf(wikiNamespaces);
    if (minEditSize < 0) {
      throw new IllegalArgumentException("minimum edit size must not be negative: " + minEditSize);
    }
  }

  /** Defaults for a source written into {@code communityId}. */
  public static SourceOptions forCommunity(String communityId) {
    return new SourceOptions(null, communityId, MemberIdMapper.identity(), DEFAULT_LANGUAGE,
        DEFAULT_WIKI_NAMESPACES, false, DEFAULT_MIN_EDIT_SIZE);
  }

  public SourceOptions withSourceName(@Nullable String value) {
    return new SourceOptions(value, communityId, memberIds, language, wikiNamespaces, creditAnonymousEditors, minEditSize);
  }

  public SourceOptions withMemberIds(MemberIdMapper value) {
    return new SourceOptions(sourceName, communityId, value, language, wikiNamespaces, creditAnonymousEditors, minEditSize);
  }

  public SourceOptions withLanguage(String value) {
    return new SourceOptions(sourceName, communityId, memberIds, value, wikiNamespaces, creditAnonymousEditors, minEditSize);
  }

  public SourceOptions withWikiNamespaces(Set<Integer> value) {
    return new SourceOptions(sourceName, communityId, memberIds, language, value, creditAnonymousEditors, minEditSize);
  }

  public SourceOptions withCreditAnonymousEditors(boolean value) {
    return new SourceOptions(sourceName, communityId, memberIds, language, wikiNamespaces, value, minEditSize);
  }

  public SourceOptions withMinEditSize(int value) {
    return new SourceOptions(sourceName, communityId, memberIds, language, wikiNamespaces, creditAnonymousEditors, value);
  }

  /** The source name, or the file's name up to its first '.' ({@code lkml} for {@code lkml.mbox.gz}). */
  public String sourceNameFor(Path file) {
    String fileName = file.getFileName().toString();
    int dot = fileName.indexOf('.');
    return sourceNameOr(dot > 0 ? fileName.substring(0, dot) : fileName);
  }

  /** The source name, or {@code fallback} cleaned to the allowed characters when none was given. */
  public String sourceNameOr(String fallback) {
    if (sourceName != null) {
      return sourceName;
    }
    String cleaned = fallback.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return cleaned.isEmpty() ? "source" : cleaned;
  }
}
