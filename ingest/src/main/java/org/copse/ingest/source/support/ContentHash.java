package org.copse.ingest.source.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 of normalised source content (Unicode NFC, whitespace runs collapsed, trimmed), so that
 * re-ingesting unchanged input gives the same hash and a reformatted export does not look changed.
 */
public final class ContentHash {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private ContentHash() {}

  /** The hex digest of the parts, each normalised, joined by a separator that cannot occur in them. */
  public static String of(String... parts) {
    MessageDigest digest = sha256();
    for (String part : parts) {
      String normal = WHITESPACE.matcher(Normalizer.normalize(part, Normalizer.Form.NFC)).replaceAll(" ").strip();
      digest.update(normal.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The first 16 hex digits of the SHA-256 of {@code text}, for short stable ids. */
  public static String shortId(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
