package org.copse.index.lucene;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link LuceneSearchIndex} is tuned. Every value has a named default; the constructor
 * refuses values that cannot work.
 *
 * @param ramBufferMb memory for buffering documents before they are flushed to a segment
 * @param synonymsFile a Solr-format synonyms file to use instead of the built-in UK public-sector
 *     list; null for the built-in one
 * @param protectedWordsFile words the stemmer must not change, one per line; null for the built-in
 *     list
 * @param titleBoost how much more a match in the title counts than one elsewhere (at least 1)
 * @param snippetChars the length a snippet aims for
 * @param maxHighlightChars how much of a body the highlighter reads for a snippet
 * @param accessCacheScopes how many distinct access scopes each segment keeps a bit set for
 * @param indexingThreads how many threads analyse the documents of a large batch (1 to 64)
 */
public record LuceneSettings(
    double ramBufferMb,
    @Nullable Path synonymsFile,
    @Nullable Path protectedWordsFile,
    float titleBoost,
    int snippetChars,
    int maxHighlightChars,
    int accessCacheScopes,
    int indexingThreads) {

  public static final double DEFAULT_RAM_BUFFER_MB = 64;
  public static final float DEFAULT_TITLE_BOOST = 2.0f;
  public static final int DEFAULT_SNIPPET_CHARS = 220;
  public static final int DEFAULT_MAX_HIGHLIGHT_CHARS = 20_000;
  public static final int DEFAULT_ACCESS_CACHE_SCOPES = 256;
  /** Two: the machines Copse targets have two or more cores, and more threads gain little. */
  public static final int DEFAULT_INDEXING_THREADS = 2;

  public LuceneSettings {
    if (!(ramBufferMb >= 1 && ramBufferMb <= 2048)) {
      throw new IllegalArgumentException("RAM buffer must be between 1 and 2048 MB, not " + ramBufferMb);
    }
    requireReadable(synonymsFile, "synonyms file");
    requireReadable(protectedWordsFile, "protected words file");
    if (!(titleBoost >= 1 && titleBoost <= 100)) {
      throw new IllegalArgumentException("title boost must be between 1 and 100, not " + titleBoost);
    }
    if (snippetChars < 40 || snippetChars > 2_000) {
      throw new IllegalArgumentException("snippet length must be between 40 and 2000 characters, not " + snippetChars);
    }
    if (maxHighlightChars < snippetChars) {
      throw new IllegalArgumentException("highlighting must read at least one snippet's length ("
          + snippetChars + "), not " + maxHighlightChars);
    }
    if (accessCacheScopes < 1) {
      throw new IllegalArgumentException("access cache must hold at least one scope, not " + accessCacheScopes);
    }
    if (indexingThreads < 1 || indexingThreads > 64) {
      throw new IllegalArgumentException("indexing threads must be between 1 and 64, not " + indexingThreads);
    }
  }

  /** The defaults, with the built-in analysis files. */
  public static LuceneSettings defaults() {
    return new LuceneSettings(DEFAULT_RAM_BUFFER_MB, null, null, DEFAULT_TITLE_BOOST, DEFAULT_SNIPPET_CHARS,
        DEFAULT_MAX_HIGHLIGHT_CHARS, DEFAULT_ACCESS_CACHE_SCOPES, DEFAULT_INDEXING_THREADS);
  }

  /** These settings with another synonyms file. */
  public LuceneSettings withSynonymsFile(@Nullable Path file) {
    return new LuceneSettings(ramBufferMb, file, protectedWordsFile, titleBoost, snippetChars, maxHighlightChars,
        accessCacheScopes, indexingThreads);
  }

  /** These settings with another RAM buffer. */
  public LuceneSettings withRamBufferMb(double megabytes) {
    return new LuceneSettings(megabytes, synonymsFile, protectedWordsFile, titleBoost, snippetChars,
        maxHighlightChars, accessCacheScopes, indexingThreads);
  }

  /** These settings with another number of indexing threads. */
  public LuceneSettings withIndexingThreads(int count) {
    return new LuceneSettings(ramBufferMb, synonymsFile, protectedWordsFile, titleBoost, snippetChars,
        maxHighlightChars, accessCacheScopes, count);
  }

  private static void requireReadable(@Nullable Path file, String what) {
    if (file != null && !Files.isReadable(file)) {
      throw new IllegalArgumentException(what + " " + file + " does not exist or cannot be read");
    }
  }
}
