package org.copse.web.digest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class SmtpFailuresTest {

  @Test
  void fourHundredRepliesAreTransientAndFiveHundredArePermanent() throws Exception {
    var greylisted = new SMTPSendFailedException("DATA", 451, "451 try again later", null, null, null, null);
    assertThat(SmtpFailures.classify("send", new MailSendException("failed", greylisted)).isTransient()).isTrue();
    var noSuchUser = new SMTPAddressFailedException(new InternetAddress("nobody@example.org"), "RCPT TO", 550,
        "550 no such user");
    MailDeliveryException permanent = SmtpFailures.classify("send", new MailSendException("failed", noSuchUser));
    assertThat(permanent.isTransient()).isFalse();
    assertThat(permanent.getMessage()).contains("SMTP 550");
  }

  @Test
  void aServerThatCannotBeReachedIsTransient() {
    var refused = new MailConnectException(new org.eclipse.angus.mail.util.SocketConnectException(
        "refused", new ConnectException("Connection refused"), "localhost", 25, 1000));
    assertThat(SmtpFailures.classify("send", new MailSendException("failed", refused)).isTransient()).isTrue();
  }
}
