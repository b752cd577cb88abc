package org.copse.web.digest.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.copse.index.Member;

/**
 * Builds the MIME message: multipart/alternative (plain text first, HTML last, as RFC 2046 asks),
 * UTF-8, the subject and display names as RFC 2047 encoded words after {@link HeaderText} removed
 * anything that could break a header, and the RFC 8058 one-click unsubscribe headers.
 */
public final class DigestMessages {
  private final InternetAddress from;

  /**
   * @param fromAddress the sender address, such as {@code digest@copse.example.gov.uk}
   * @param fromName the sender's display name
   */
  public DigestMessages(String fromAddress, String fromName) {
    try {
      this.from = new InternetAddress(fromAddress, HeaderText.clean(fromName), "UTF-8");
      this.from.validate();
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalArgumentException("the digest sender address is not valid: " + fromAddress, e);
    }
  }

  /** The recipient's address, or empty when the member has none or it is not a valid address. */
  public static Optional<InternetAddress> recipient(Member member) {
    if (member.email().isBlank()) {
      return Optional.empty();
    }
    try {
      InternetAddress address = new InternetAddress(member.email().strip(), true);
      address.setPersonal(HeaderText.clean(member.displayName()), "UTF-8");
      return Optional.of(address);
    } catch (AddressException | UnsupportedEncodingException e) {
      return Optional.empty();
    }
  }

  public MimeMessage build(Session session, InternetAddress to, RenderedEmail email, String messageId,
      String unsubscribeUrl, Instant now) {
    try {
      MimeMessage message = new FixedIdMessage(session, messageId);
      message.setFrom(from);
      message.setRecipient(MimeMessage.RecipientType.TO, to);
      message.setSubject(HeaderText.clean(email.subject()), "UTF-8");
      message.setSentDate(Date.from(now));
      message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      message.setHeader("Auto-Submitted", "auto-generated");
      message.setHeader("Precedence", "bulk");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(email.text(), "UTF-8", "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(email.html(), "UTF-8", "html");
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      message.setContent(alternative);
      message.saveChanges();
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException("could not build the digest message " + messageId, e);
    }
  }

  /** A message whose Message-ID stays the one recorded in the delivery log, across saves and retries. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
