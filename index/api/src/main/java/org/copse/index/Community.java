package org.copse.index;

import java.util.Objects;

/**
 * A Community of Practice.
 *
 * @param id stable identifier, used in {@code community:} filters and URLs
 * @param name display name
 * @param description what the community is about
 * @param visibility who may read its content
 * @param organisation the organisation that runs it (a council, a department, an NHS trust)
 */
public record Community(String id, String name, String description, Visibility visibility, String organisation) {
  public Community {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("community id must not be blank");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(organisation, "organisation");
  }
}
