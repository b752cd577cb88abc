package org.copse.web.facilitation;

import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.copse.index.Membership;

/**
 * Who may act for a community. The rule, checked on the server for every facilitator page, API
 * call and action:
 * <ol>
 *   <li>a facilitator of the community (membership role FACILITATOR), an admin of the organisation
 *       that owns it, or a site admin may act ({@link Decision#ALLOWED});
 *   <li>anyone else who may read the community is refused ({@link Decision#FORBIDDEN}, HTTP 403);
 *   <li>to anyone who may not read it — members-only and not a member, or no such community — it
 *       does not exist ({@link Decision#NOT_FOUND}, HTTP 404, the same answer as for a missing one).
 * </ol>
 * Read on every call, never cached, so a removed role takes effect on the next request.
 */
public final class FacilitationAccess {

  /** What the rule says for one viewer and community. */
  public enum Decision { ALLOWED, FORBIDDEN, NOT_FOUND }

  private final Directory directory;
  private final Organisations organisations;

  public FacilitationAccess(Directory directory, Organisations organisations) {
    this.directory = directory;
    this.organisations = organisations;
  }

  public Decision decide(Viewer viewer, String communityId) {
    if (directory.community(communityId).isEmpty()) {
      return Decision.NOT_FOUND;
    }
    if (viewer.siteAdmin() || facilitates(viewer.memberId(), communityId)
        || organisations.administersCommunity(viewer.memberId(), communityId)) {
      return Decision.ALLOWED;
    }
    AccessScope scope = directory.scopeFor(viewer.memberId());
    return scope.canRead(communityId) ? Decision.FORBIDDEN : Decision.NOT_FOUND;
  }

  /** Whether the viewer may appoint facilitators in a community: its organisation's admins and site admins. */
  public boolean mayAppoint(Viewer viewer, String communityId) {
    return viewer.siteAdmin() || organisations.administersCommunity(viewer.memberId(), communityId);
  }

  /** Whether a member is a facilitator of a community. */
  public boolean facilitates(String memberId, String communityId) {
    return directory.membershipsOf(memberId).stream()
        .anyMatch(m -> m.communityId().equals(communityId) && m.role() == Membership.Role.FACILITATOR);
  }
}
