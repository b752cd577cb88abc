package org.copse.web.facilitation.app;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.copse.index.Contribution;
import org.copse.index.Member;
import org.copse.web.digest.mail.DigestMessages;
import org.copse.web.digest.mail.MailTransport;
import org.copse.web.facilitation.AskNotifier;
import org.copse.web.facilitation.AskPreferences;

/** Emails a member who chose email that they were asked to answer a question, through the digest's transport. */
final class EmailAskNotifier implements AskNotifier {
  private final MailTransport transport;
  private final String from;
  private final String fromName;
  private final String baseUrl;

  EmailAskNotifier(MailTransport transport, String from, String fromName, String baseUrl) {
    this.transport = transport;
    this.from = from;
    this.fromName = fromName;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @Override
  public void notify(Member member, Contribution question, AskPreferences preferences) {
    InternetAddress to = DigestMessages.recipient(member)
        .orElseThrow(() -> new IllegalStateException(member.id() + " has no usable email address"));
    String link = baseUrl + "/contributions/" + URLEncoder.encode(question.id(), StandardCharsets.UTF_8);
    String text = "Hello " + member.displayName() + ",\n\n"
        + "A facilitator thinks you could help with this unanswered question:\n\n  " + oneLine(question.title())
        + "\n  " + link + "\n\n"
        + "You are getting this because you said you may be asked (at most " + preferences.maxPerWeek()
        + " a week). Change or pause this at " + baseUrl + "/ask/preferences\n";
    try {
      MimeMessage message = new MimeMessage(transport.session());
      message.setFrom(new InternetAddress(from, fromName, "UTF-8"));
      message.setRecipient(MimeMessage.RecipientType.TO, to);
      message.setSubject("Could you help answer: " + oneLine(question.title()), "UTF-8");
      message.setSentDate(new Date());
      message.setHeader("Auto-Submitted", "auto-generated");
      message.setText(text, "UTF-8", "plain");
      message.saveChanges();
      transport.send(message);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new IllegalStateException("could not build the request email for " + member.id(), e);
    }
  }

  /** Titles come from sources: no line breaks in a subject or a list item. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ").strip();
  }
}
