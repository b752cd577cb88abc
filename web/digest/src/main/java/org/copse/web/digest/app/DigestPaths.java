package org.copse.web.digest.app;

/** The digest's web paths, for the application's security rules. */
public final class DigestPaths {
  /** Open to everyone (a signed token authorises), POST without CSRF token: RFC 8058 one-click. */
  public static final String UNSUBSCRIBE = "/digest/unsubscribe";
  /** Signed-in members: their own preferences. */
  public static final String PREFERENCES = "/digest/preferences";
  /** Signed-in members: their own digest as it would be now. */
  public static final String PREVIEW = "/digest/preview";
  /** Administrators only: emails written to the outbox folder. */
  public static final String OUTBOX = "/digest/outbox";

  private DigestPaths() {}
}
