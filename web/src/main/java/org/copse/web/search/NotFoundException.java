package org.copse.web.search;

/**
 * Nothing the viewer may read has this id. Thrown alike whether it does not exist or belongs to a
 * community the viewer cannot read, so the two cannot be told apart.
 */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what);
  }
}
