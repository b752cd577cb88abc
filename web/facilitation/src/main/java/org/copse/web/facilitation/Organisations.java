package org.copse.web.facilitation;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.copse.store.Jdbc;

/**
 * Organisations, the communities each owns and their admins (tables {@code facilitation_organisation*}).
 *
 * <p>Contract: thread safe; a write is visible to the next read, so a removed admin loses their
 * rights on their next request; unknown ids give empty answers; storage failures throw
 * {@link org.copse.index.StoreException}.
 */
public final class Organisations {
  private final Jdbc sql;

  public Organisations(DataSource dataSource) {
    this.sql = new Jdbc(dataSource);
  }

  /** Adds an organisation or renames it. */
  public void save(String id, String name) {
    new Organisation(id, name, List.of(), List.of());
    sql.upsert("save organisation", "UPDATE facilitation_organisations SET name = ? WHERE id = ?",
        new Object[] {name, id}, "INSERT INTO facilitation_organisations (id, name) VALUES (?, ?)",
        new Object[] {id, name});
  }

  /** Makes the organisation own a community, moving it from any other. */
  public void assign(String communityId, String organisationId) {
    sql.upsert("assign community",
        "UPDATE facilitation_organisation_communities SET organisation_id = ? WHERE community_id = ?",
        new Object[] {organisationId, communityId},
        "INSERT INTO facilitation_organisation_communities (community_id, organisation_id) VALUES (?, ?)",
        new Object[] {communityId, organisationId});
  }

  public void addAdmin(String organisationId, String memberId) {
    sql.insertIfAbsent("add organisation admin",
        "INSERT INTO facilitation_organisation_admins (organisation_id, member_id) VALUES (?, ?)",
        organisationId, memberId);
  }

  public void removeAdmin(String organisationId, String memberId) {
    sql.update("remove organisation admin",
        "DELETE FROM facilitation_organisation_admins WHERE organisation_id = ? AND member_id = ?",
        organisationId, memberId);
  }

  public Optional<Organisation> find(String organisationId) {
    return sql.queryOne("read organisation", "SELECT id, name FROM facilitation_organisations WHERE id = ?",
        row -> row.getString("name"), organisationId)
        .map(name -> new Organisation(organisationId, name, communitiesOf(organisationId), adminsOf(organisationId)));
  }

  /** Every organisation, in id order. */
  public List<Organisation> all() {
    return sql.query("list organisations", "SELECT id FROM facilitation_organisations ORDER BY id",
        row -> row.getString("id")).stream().flatMap(id -> find(id).stream()).toList();
  }

  /** The organisation that owns a community, if any. */
  public Optional<String> ownerOf(String communityId) {
    return sql.queryOne("read community owner",
        "SELECT organisation_id FROM facilitation_organisation_communities WHERE community_id = ?",
        row -> row.getString("organisation_id"), communityId);
  }

  /** Whether a member administers the organisation that owns a community. */
  public boolean administersCommunity(String memberId, String communityId) {
    return !sql.query("check organisation admin",
        "SELECT 1 FROM facilitation_organisation_communities c JOIN facilitation_organisation_admins a "
            + "ON a.organisation_id = c.organisation_id WHERE c.community_id = ? AND a.member_id = ?",
        row -> 1, communityId, memberId).isEmpty();
  }

  /** The organisations a member administers, in id order. */
  public List<String> administeredBy(String memberId) {
    return sql.query("list administered organisations",
        "SELECT organisation_id FROM facilitation_organisation_admins WHERE member_id = ? ORDER BY organisation_id",
        row -> row.getString("organisation_id"), memberId);
  }

  private List<String> communitiesOf(String organisationId) {
    return sql.query("list organisation communities", "SELECT community_id FROM facilitation_organisation_communities "
        + "WHERE organisation_id = ? ORDER BY community_id", row -> row.getString("community_id"), organisationId);
  }

  private List<String> adminsOf(String organisationId) {
    return sql.query("list organisation admins", "SELECT member_id FROM facilitation_organisation_admins "
        + "WHERE organisation_id = ? ORDER BY member_id", row -> row.getString("member_id"), organisationId);
  }
}
