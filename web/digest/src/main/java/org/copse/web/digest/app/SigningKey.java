package org.copse.web.digest.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.copse.web.digest.mail.UnsubscribeTokens;
import org.jspecify.annotations.Nullable;

/**
 * The unsubscribe signing key: the configured one, or a random one created once in the data folder
 * and kept there, so links in sent emails keep working after a restart.
 */
final class SigningKey {
  private SigningKey() {}

  static byte[] resolve(@Nullable String configured, Path keyFile) {
    if (configured != null && !configured.isBlank()) {
      byte[] key = configured.getBytes(StandardCharsets.UTF_8);
      if (key.length < UnsubscribeTokens.MIN_KEY_BYTES) {
        throw new IllegalStateException("copse.digest.signing-key must be at least " + UnsubscribeTokens.MIN_KEY_BYTES
            + " characters long");
      }
      return key;
    }
    try {
      if (!Files.exists(keyFile)) {
        Files.createDirectories(keyFile.getParent());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
          Files.writeString(Files.createFile(keyFile), Base64.getEncoder().encodeToString(fresh));
        } catch (FileAlreadyExistsException raced) {
          // another process created it first: use theirs
        }
      }
      return Base64.getDecoder().decode(Files.readString(keyFile).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or create the digest signing key " + keyFile, e);
    }
  }
}
