package org.copse.web.digest.mail;

import jakarta.mail.SendFailedException;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Sorts a sending failure into transient or permanent by the SMTP reply code found among its
 * causes: 4xx is transient, 5xx permanent; no reply at all (connection refused, timeout, I/O) is
 * transient; an address refused without a code is permanent.
 */
final class SmtpFailures {
  private SmtpFailures() {}

  static MailDeliveryException classify(String what, Throwable failure) {
    Integer code = null;
    boolean noConnection = false;
    boolean addressRefused = false;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SMTPAddressFailedException e) {
        code = e.getReturnCode();
      } else if (t instanceof SMTPSenderFailedException e) {
        code = e.getReturnCode();
      } else if (t instanceof SMTPSendFailedException e && code == null) {
        code = e.getReturnCode();
      } else if (t instanceof MailConnectException || t instanceof IOException) {
        noConnection = true;
      } else if (t instanceof SendFailedException e && e.getInvalidAddresses() != null
          && e.getInvalidAddresses().length > 0) {
        addressRefused = true;
      }
      nextExceptions(t);
    }
    boolean transientFailure = code != null ? code >= 400 && code < 500 : noConnection || !addressRefused;
    String reply = code == null ? "" : " (SMTP " + code + ")";
    return new MailDeliveryException(what + reply + ": " + failure.getMessage(), transientFailure, failure);
  }

  /** Jakarta Mail chains per-address failures through getNextException, not getCause. */
  private static void nextExceptions(Throwable t) {
    if (t instanceof jakarta.mail.MessagingException m && m.getNextException() != null && t.getCause() == null) {
      t.initCause(m.getNextException());
    }
  }
}
