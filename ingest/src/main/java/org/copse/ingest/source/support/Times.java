package org.copse.ingest.source.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Lenient parsing of the timestamps export formats use; unparseable text is empty, never an error. */
public final class Times {
  private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter RFC_822_LENIENT =
      DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] [Z][z][O]", Locale.ENGLISH);

  private Times() {}

  /**
   * Parses ISO-8601 instants and offsets ({@code 2014-01-21T20:26:05Z}), local ISO times taken as UTC
   * ({@code 2014-01-21T20:26:05.383}, as in Stack Exchange dumps), SQL times taken as UTC
   * ({@code 2007-04-11 18:30:00}, as in WXR) and RFC 822/1123 times (RSS, mail).
   */
  public static Optional<Instant> parse(String text) {
    String value = text.strip();
    if (value.isEmpty() || value.startsWith("0000-00-00")) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException notOffset) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notLocal) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(value, SQL).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notSql) {
      // try the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException notRfc1123) {
      // try the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(value.replaceAll("\\s*\\(.*\\)$", ""), RFC_822_LENIENT).toInstant());
    } catch (DateTimeParseException notRfc822) {
      return Optional.empty();
    }
  }
}
