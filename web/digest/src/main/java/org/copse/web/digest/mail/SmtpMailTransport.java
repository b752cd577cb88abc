package org.copse.web.digest.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the application's {@link JavaMailSender} (Spring Boot's {@code spring.mail.*}). */
public final class SmtpMailTransport implements MailTransport {
  private final JavaMailSender sender;
  private final String description;
  private final Session session = Session.getInstance(new Properties());

  public SmtpMailTransport(JavaMailSender sender, String description) {
    this.sender = sender;
    this.description = description;
  }

  @Override
  public void send(MimeMessage message) {
    try {
      sender.send(message);
    } catch (MailException e) {
      throw SmtpFailures.classify("the mail server did not accept the digest", e);
    }
  }

  @Override
  public Session session() {
    return session;
  }

  @Override
  public String describe() {
    return "smtp " + description;
  }
}
