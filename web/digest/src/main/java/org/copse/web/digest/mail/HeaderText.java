package org.copse.web.digest.mail;

/**
 * Text from content (titles, names) made safe for a mail header: line breaks and other control
 * characters become spaces, so no text can end a header and start another; the caller then encodes
 * non-ASCII as RFC 2047 encoded words.
 */
public final class HeaderText {
  /** The longest header text kept, in characters. */
  public static final int MAX_LENGTH = 150;

  private HeaderText() {}

  public static String clean(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp)
        || Character.getType(cp) == Character.LINE_SEPARATOR
        || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR ? ' ' : cp));
    String single = out.toString().replaceAll("\\s+", " ").strip();
    if (single.length() <= MAX_LENGTH) {
      return single;
    }
    int end = Character.isHighSurrogate(single.charAt(MAX_LENGTH - 2)) ? MAX_LENGTH - 2 : MAX_LENGTH - 1;
    return single.substring(0, end) + "…";
  }
}
