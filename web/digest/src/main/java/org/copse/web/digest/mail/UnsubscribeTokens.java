package org.copse.web.digest.mail;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed unsubscribe tokens: {@code base64url(memberId) "." base64url(HMAC-SHA256(key, purpose|memberId))}.
 * They let a member (or their mail client, RFC 8058) unsubscribe without signing in, and cannot be
 * made for another member without the key. They do not expire: an unsubscribe link must keep
 * working in old emails.
 */
public final class UnsubscribeTokens {
  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";
  private static final String PURPOSE = "copse-digest-unsubscribe|";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  public UnsubscribeTokens(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the digest signing key needs at least " + MIN_KEY_BYTES + " bytes, not " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  public String tokenFor(String memberId) {
    return ENCODER.encodeToString(memberId.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(memberId));
  }

  /** The member a genuine token names; empty for anything forged, altered or malformed. */
  public Optional<String> verify(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.') || token.length() > 1000) {
      return Optional.empty();
    }
    try {
      String memberId = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      return MessageDigest.isEqual(signature, sign(memberId)) && !memberId.isBlank()
          ? Optional.of(memberId) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not base64: a malformed token is simply not valid
    }
  }

  private byte[] sign(String memberId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal((PURPOSE + memberId).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
