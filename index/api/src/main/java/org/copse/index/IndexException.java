package org.copse.index;

/**
 * The index could not do what was asked because of its storage or its server (I/O error, cluster
 * unreachable, rejected write). Not thrown for bad queries: see {@link InvalidQueryException}.
 */
public class IndexException extends StoreException {
  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }

  public IndexException(String message) {
    super(message);
  }
}
