package org.copse.ingest.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.copse.ingest.source.SkipReason;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Parses one file with Tika in this JVM. Only the worker JVM calls this: a hostile file can
 * exhaust the memory or the time of whatever process parses it (see {@link ForkedExtractor}).
 */
final class TikaExtraction {
  /**
   * Embedded documents that inflate to over this many bytes and over {@link #BOMB_RATIO} times the
   * file's size mark a decompression bomb. (The thresholds are those of Tika's SecureContentHandler,
   * which never sees the text when the write limit has cut it off.)
   */
  private static final long BOMB_MIN_BYTES = 1_000_000;
  private static final long BOMB_RATIO = 100;

  private final Parser parser = new AutoDetectParser();
  private final int maxTextChars;
  private final int maxEmbeddedCount;
  private final int maxEmbeddedDepth;

  TikaExtraction(int maxTextChars, int maxEmbeddedCount, int maxEmbeddedDepth) {
    this.maxTextChars = maxTextChars;
    this.maxEmbeddedCount = maxEmbeddedCount;
    this.maxEmbeddedDepth = maxEmbeddedDepth;
  }

  ExtractionResult extract(Path file) {
    ParseContext context = new ParseContext();
    var handlers = new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, maxTextChars,
        false, context);
    var handler = new RecursiveParserWrapperHandler(handlers, maxEmbeddedCount);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      new RecursiveParserWrapper(parser).parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      return ExtractionResult.failed(SkipReason.ENCRYPTED, describe(e));
    } catch (ZeroByteFileException e) {
      return ExtractionResult.failed(SkipReason.EMPTY, describe(e));
    } catch (TikaException e) {
      return ExtractionResult.failed(classify(e), describe(e));
    } catch (SAXException | IOException e) {
      return ExtractionResult.failed(SkipReason.CORRUPT, describe(e));
    } catch (StackOverflowError e) {
      return ExtractionResult.failed(SkipReason.HOSTILE, "nesting too deep to parse: " + e);
    } catch (RuntimeException e) {
      // Parsers fail on malformed input with all sorts of unchecked exceptions; each is a bad file.
      return ExtractionResult.failed(SkipReason.CORRUPT, describe(e));
    }
    return assemble(handler.getMetadataList(), handler.hasHitMaximumEmbeddedResources(), file.toFile().length());
  }

  private ExtractionResult assemble(List<Metadata> all, boolean hitEmbeddedLimit, long fileBytes) {
    if (all.isEmpty()) {
      return ExtractionResult.failed(SkipReason.CORRUPT, "the parser returned nothing");
    }
    for (Metadata m : all) {
      String problem = m.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
      if (problem != null && isBomb(problem)) {
        return ExtractionResult.failed(SkipReason.HOSTILE, "embedded " + firstLine(problem));
      }
    }
    long inflated = all.subList(1, all.size()).stream().mapToLong(TikaExtraction::declaredLength).sum();
    if (inflated > BOMB_MIN_BYTES && inflated > BOMB_RATIO * Math.max(1, fileBytes)) {
      return ExtractionResult.failed(SkipReason.HOSTILE, "suspected zip bomb: entries inflate to " + inflated
          + " bytes from " + fileBytes + " bytes");
    }
    Metadata container = all.get(0);
    boolean truncated = hitEmbeddedLimit;
    List<ExtractedPart> parts = new ArrayList<>();
    int budget = maxTextChars - text(container).length();
    for (Metadata m : all.subList(1, all.size())) {
      int depth = depth(m);
      if (depth > maxEmbeddedDepth || budget <= 0) {
        truncated = true;
        continue;
      }
      String text = text(m);
      if (text.length() > budget) {
        text = text.substring(0, budget);
        truncated = true;
      }
      budget -= text.length();
      parts.add(new ExtractedPart(partName(m), depth, text));
    }
    truncated |= all.stream().anyMatch(m -> "true".equals(m.get(TikaCoreProperties.WRITE_LIMIT_REACHED)));
    var document = new ExtractedDocument(orEmpty(container.get(TikaCoreProperties.TITLE)).strip(),
        authors(container), instant(container.getDate(TikaCoreProperties.CREATED)),
        instant(container.getDate(TikaCoreProperties.MODIFIED)), language(container),
        orEmpty(container.get(Metadata.CONTENT_TYPE)), text(container), parts, truncated);
    if (document.isBlank()) {
      return ExtractionResult.failed(SkipReason.EMPTY, "no text in " + document.contentType());
    }
    return new ExtractionResult.Extracted(document);
  }

  private static String text(Metadata m) {
    return orEmpty(m.get(TikaCoreProperties.TIKA_CONTENT));
  }

  private static long declaredLength(Metadata m) {
    String length = m.get(Metadata.CONTENT_LENGTH);
    try {
      return length == null ? 0 : Math.max(0, Long.parseLong(length.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int depth(Metadata m) {
    String depth = m.get(TikaCoreProperties.EMBEDDED_DEPTH);
    return depth == null ? 1 : Integer.parseInt(depth);
  }

  /** An entry's name as a label: path segments that climb out of the container are dropped. */
  static String partName(Metadata m) {
    String path = m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
    String name = path != null ? path : orEmpty(m.get(TikaCoreProperties.RESOURCE_NAME_KEY));
    List<String> kept = new ArrayList<>();
    for (String segment : name.replace('\\', '/').split("/")) {
      if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..")) {
        kept.add(segment);
      }
    }
    return String.join("/", kept);
  }

  private static List<String> authors(Metadata m) {
    Set<String> authors = new LinkedHashSet<>();
    for (String value : m.getValues(TikaCoreProperties.CREATOR)) {
      if (!value.isBlank()) {
        authors.add(value.strip());
      }
    }
    return List.copyOf(authors);
  }

  private static String language(Metadata m) {
    String language = orEmpty(m.get(TikaCoreProperties.LANGUAGE)).strip().toLowerCase(Locale.ROOT);
    return language.matches("[a-z]{2}([-_].*)?") ? language.substring(0, 2) : "";
  }

  private static @Nullable Instant instant(@Nullable Date date) {
    return date == null ? null : date.toInstant();
  }

  private static SkipReason classify(TikaException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException) {
        return SkipReason.ENCRYPTED;
      }
      if (t.getMessage() != null && isBomb(t.getMessage())) {
        return SkipReason.HOSTILE;
      }
    }
    return SkipReason.CORRUPT;
  }

  /** Tika's SecureContentHandler reports decompression bombs and absurd nesting by message only. */
  private static boolean isBomb(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("zip bomb") || lower.contains("suspected zip bomb")
        || lower.contains("excessive nesting");
  }

  private static String describe(Throwable e) {
    StringBuilder detail = new StringBuilder(e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage())));
    Throwable cause = e.getCause();
    if (cause != null && cause != e) {
      detail.append(" (caused by ").append(cause.getClass().getSimpleName()).append(": ")
          .append(firstLine(String.valueOf(cause.getMessage()))).append(')');
    }
    return detail.toString();
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
