package org.copse.ingest.source.support;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <row a="…" b="…" />} record, as in Stack Exchange dumps, parsed without an XML parser:
 * only attributes, the five predefined entities and character references are understood, so no DTD,
 * entity expansion or external entity can ever be processed. Anything else makes the row invalid.
 */
public final class XmlRow {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]*");

  private XmlRow() {}

  /** Thrown for a row that is not a well-formed attribute-only element. */
  public static final class InvalidRowException extends Exception {
    public InvalidRowException(String message) {
      super(message);
    }
  }

  /** Whether a trimmed line starts a row record. */
  public static boolean startsRow(String trimmed) {
    return trimmed.startsWith("<row ") || trimmed.startsWith("<row\t");
  }

  /** The attributes of the row, unescaped. */
  public static Map<String, String> parse(String row) throws InvalidRowException {
    String text = row.strip();
    if (!startsRow(text) || !text.endsWith("/>")) {
      throw new InvalidRowException("not a <row .../> element");
    }
    Map<String, String> attributes = new HashMap<>();
    int i = 4;
    int end = text.length() - 2;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int eq = text.indexOf('=', i);
      if (eq < 0 || eq + 1 >= end) {
        throw new InvalidRowException("attribute without value at column " + i);
      }
      String name = text.substring(i, eq).strip();
      char quote = text.charAt(eq + 1);
      if ((quote != '"' && quote != '\'') || !NAME.matcher(name).matches()) {
        throw new InvalidRowException("malformed attribute at column " + i);
      }
      int close = text.indexOf(quote, eq + 2);
      if (close < 0 || close > end) {
        throw new InvalidRowException("unterminated value of " + name);
      }
      attributes.put(name, unescape(text.substring(eq + 2, close)));
      i = close + 1;
    }
    return attributes;
  }

  /** Replaces the predefined entities and character references; any other entity is an error. */
  public static String unescape(String value) throws InvalidRowException {
    int amp = value.indexOf('&');
    if (amp < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    int i = 0;
    while (amp >= 0) {
      out.append(value, i, amp);
      int semi = value.indexOf(';', amp);
      if (semi < 0) {
        throw new InvalidRowException("unterminated entity reference");
      }
      String entity = value.substring(amp + 1, semi);
      out.append(resolve(entity));
      i = semi + 1;
      amp = value.indexOf('&', i);
    }
    out.append(value, i, value.length());
    return out.toString();
  }

  private static String resolve(String entity) throws InvalidRowException {
    switch (entity) {
      case "lt": return "<";
      case "gt": return ">";
      case "amp": return "&";
      case "quot": return "\"";
      case "apos": return "'";
      default: break;
    }
    @Nullable Integer code = null;
    try {
      if (entity.startsWith("#x") || entity.startsWith("#X")) {
        code = Integer.parseInt(entity.substring(2), 16);
      } else if (entity.startsWith("#")) {
        code = Integer.parseInt(entity.substring(1));
      }
    } catch (NumberFormatException e) {
      throw new InvalidRowException("bad character reference &" + entity + ";");
    }
    if (code == null || !Character.isValidCodePoint(code)) {
      throw new InvalidRowException("entity &" + entity + "; is not allowed (no DTD entities are expanded)");
    }
    return Character.toString(code);
  }
}
