package org.copse.web.digest.mail;

/**
 * A message was not accepted. {@link #isTransient()} says whether trying later may work (a 4xx
 * reply, a timeout, a server that is down) or not (a 5xx reply, an address the server refuses).
 */
public class MailDeliveryException extends RuntimeException {
  private final boolean transientFailure;

  public MailDeliveryException(String message, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  public boolean isTransient() {
    return transientFailure;
  }
}
