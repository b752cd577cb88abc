package org.copse.ingest.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes extracted text fit to index: Unicode NFC, control characters (other than line breaks and
 * tabs) and the replacement character removed, runs of spaces collapsed, runs of blank lines cut
 * to one, lines trimmed, and the whole cut to a maximum length.
 */
public final class TextCleaner {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\uFFFD|\\p{Cs}");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200B\\u3000]+");
  private static final Pattern TRAILING_SPACE = Pattern.compile(" *\\n *");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private final int maxChars;

  public TextCleaner(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  public String clean(String text) {
    String cleaned = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    cleaned = CONTROL.matcher(cleaned).replaceAll("");
    cleaned = SPACES.matcher(cleaned).replaceAll(" ");
    cleaned = TRAILING_SPACE.matcher(cleaned).replaceAll("\n");
    cleaned = BLANK_LINES.matcher(cleaned).replaceAll("\n\n").strip();
    if (cleaned.length() > maxChars) {
      int end = maxChars;
      if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
        end--;
      }
      cleaned = cleaned.substring(0, end);
    }
    return cleaned;
  }
}
