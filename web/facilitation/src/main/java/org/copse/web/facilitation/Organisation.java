package org.copse.web.facilitation;

import java.util.List;
import java.util.Objects;

/**
 * An organisation that runs communities (a council, a department, an NHS trust). Its admins appoint
 * the facilitators of its communities and may act as one in each.
 *
 * @param id stable identifier, used in URLs
 * @param name display name
 * @param communityIds the communities it owns, in id order
 * @param adminIds its admins' member ids, in id order
 */
public record Organisation(String id, String name, List<String> communityIds, List<String> adminIds) {
  public Organisation {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("organisation id must not be blank");
    }
    Objects.requireNonNull(name, "name");
    communityIds = List.copyOf(communityIds);
    adminIds = List.copyOf(adminIds);
  }
}
