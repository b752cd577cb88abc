package org.copse.index.elasticsearch.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;

/**
 * Elasticsearch refuses to run as root, and CI runs as root: then nodes run as {@code nobody}
 * (through {@code runuser}), in folders that user owns.
 */
final class RunAs {
  static final String UNPRIVILEGED_USER = "nobody";

  private RunAs() {}

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The words to put before a command so it runs as a user Elasticsearch accepts. */
  static List<String> prefix() {
    return isRoot() ? List.of("runuser", "-u", UNPRIVILEGED_USER, "--") : List.of();
  }

  static UserPrincipal unprivilegedUser() {
    try {
      return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_USER);
    } catch (IOException e) {
      throw new UncheckedIOException("no user " + UNPRIVILEGED_USER + " to run Elasticsearch as", e);
    }
  }
}
