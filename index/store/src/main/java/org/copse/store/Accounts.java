package org.copse.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Sign-in accounts, one per member, in the {@code accounts} table.
 *
 * <p>Contract: thread safe; a write is visible to the next read; nothing is cached. Saving an account
 * for a member that does not exist throws {@link org.copse.index.StoreException}, as do storage
 * failures. Passwords arrive already hashed: this class never sees or checks a plain password.
 */
public final class Accounts {
  private final Jdbc jdbc;

  /** Uses a database already migrated by {@link StoreSchema#migrate}. */
  public Accounts(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  /** The member's account, if they have one. */
  public Optional<Account> find(String memberId) {
    return jdbc.withConnection("read account " + memberId, connection -> {
      List<Row> rows = Jdbc.query(connection, "SELECT password_hash, enabled FROM accounts WHERE member_id = ?",
          row -> new Row(row.getString(1), row.getBoolean(2)), memberId);
      Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
      roles.addAll(Jdbc.query(connection, "SELECT role FROM account_roles WHERE member_id = ?",
          row -> AppRole.valueOf(row.getString(1)), memberId));
      return rows.isEmpty() || roles.isEmpty() ? Optional.<Account>empty()
          : Optional.of(new Account(memberId, rows.get(0).hash(), roles, rows.get(0).enabled()));
    });
  }

  /** Adds or replaces the account of {@link Account#memberId()}. */
  public void save(Account account) {
    jdbc.inTransaction("save account " + account.memberId(), connection -> {
      Jdbc.upsert(connection,
          "UPDATE accounts SET password_hash = ?, enabled = ? WHERE member_id = ?",
          new Object[] {account.passwordHash(), account.enabled(), account.memberId()},
          "INSERT INTO accounts (member_id, password_hash, enabled) VALUES (?, ?, ?)",
          new Object[] {account.memberId(), account.passwordHash(), account.enabled()});
      replaceRoles(connection, account);
      return null;
    });
  }

  /** Removes the member's account; they can no longer sign in. No-op if absent. */
  public void delete(String memberId) {
    jdbc.inTransaction("delete account " + memberId,
        connection -> Jdbc.update(connection, "DELETE FROM accounts WHERE member_id = ?", memberId));
  }

  /** How many accounts there are. */
  public long count() {
    return jdbc.count("count accounts", "SELECT COUNT(*) FROM accounts");
  }

  private record Row(String hash, boolean enabled) {}

  private static void replaceRoles(Connection connection, Account account) throws SQLException {
    Jdbc.update(connection, "DELETE FROM account_roles WHERE member_id = ?", account.memberId());
    for (AppRole role : account.roles()) {
      Jdbc.update(connection, "INSERT INTO account_roles (member_id, role) VALUES (?, ?)",
          account.memberId(), role.name());
    }
  }
}
