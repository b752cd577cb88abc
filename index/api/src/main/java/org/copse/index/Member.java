package org.copse.index;

import java.util.Objects;

/**
 * A person who belongs to Copse.
 *
 * @param id stable identifier, used in {@code author:} filters and URLs
 * @param displayName the name shown to other members
 * @param email where digests go; may be empty for members imported without one
 * @param organisation where they work, as they gave it; may be empty
 */
public record Member(String id, String displayName, String email, String organisation) {
  public Member {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("member id must not be blank");
    }
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(organisation, "organisation");
  }
}
