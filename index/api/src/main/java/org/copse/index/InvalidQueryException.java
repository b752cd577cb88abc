package org.copse.index;

/**
 * A query or one of its parameters cannot be answered as given. The message is safe to show to the
 * user: it explains what is wrong with their own input and reveals nothing else.
 */
public class InvalidQueryException extends RuntimeException {
  private final String parameter;

  /**
   * @param parameter the request parameter at fault, such as {@code q} or {@code page}
   * @param message what is wrong and how to put it right
   */
  public InvalidQueryException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
