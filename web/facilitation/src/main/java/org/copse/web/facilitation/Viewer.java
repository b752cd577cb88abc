package org.copse.web.facilitation;

import java.util.Objects;

/**
 * Who is asking, as far as facilitation needs to know.
 *
 * @param memberId the signed-in member
 * @param siteAdmin whether they run the whole service (the ADMIN account role)
 */
public record Viewer(String memberId, boolean siteAdmin) {
  public Viewer {
    Objects.requireNonNull(memberId, "memberId");
  }
}
