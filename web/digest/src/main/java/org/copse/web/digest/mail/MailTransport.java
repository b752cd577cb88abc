package org.copse.web.digest.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Where finished messages go: an SMTP server, or an outbox folder when none is configured.
 *
 * <p>Contract: thread safe; {@link #send} returns only once the message is accepted (by the server,
 * or durably written), and otherwise throws {@link MailDeliveryException} saying whether the
 * failure is transient. The message's Message-ID is kept as set.
 */
public interface MailTransport {

  void send(MimeMessage message);

  /** A session to build messages in. */
  Session session();

  /** Where messages go, for logs and reports ("smtp mail.example.org:587", "outbox /data/outbox"). */
  String describe();
}
