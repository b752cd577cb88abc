package org.copse.web.digest.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Writes each message as an {@code .eml} file into a folder: the embedded default when no SMTP
 * host is configured. Files are written under a temporary name and moved into place, so a file
 * that exists is complete. The name is derived from the Message-ID, so resending overwrites.
 */
public final class OutboxMailTransport implements MailTransport {
  private final Path folder;
  private final Session session = Session.getInstance(new Properties());

  public OutboxMailTransport(Path folder) {
    this.folder = folder;
  }

  @Override
  public void send(MimeMessage message) {
    try {
      Files.createDirectories(folder);
      message.saveChanges();
      Path target = folder.resolve(fileName(message.getMessageID()));
      Path temporary = Files.createTempFile(folder, ".writing-", ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        message.writeTo(out);
      }
      move(temporary, target);
    } catch (IOException | MessagingException e) {
      throw new MailDeliveryException("could not write the digest to the outbox " + folder + ": " + e.getMessage(),
          true, e);
    }
  }

  /** The messages in the outbox, newest first. */
  public List<Path> messages() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".eml"))
          .sorted((a, b) -> Long.compare(b.toFile().lastModified(), a.toFile().lastModified()))
          .toList();
    }
  }

  public Path folder() {
    return folder;
  }

  @Override
  public Session session() {
    return session;
  }

  @Override
  public String describe() {
    return "outbox " + folder;
  }

  static String fileName(String messageId) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16) + ".eml";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
