package org.copse.index;

/** A store could not be read or written (disk, database or network failure); the cause says why. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
