package org.copse.store;

import javax.sql.DataSource;

/** {@link JdbcSnapshotsTest} on PostgreSQL (embedded), to show the snapshot SQL runs there as on H2. */
class JdbcSnapshotsPostgresIT extends JdbcSnapshotsTest {
  private final Postgres.TestDatabase postgres = new Postgres.TestDatabase();

  @Override
  DataSource openDatabase() {
    return postgres.open();
  }

  @Override
  DataSource reopenDatabase() {
    return postgres.reopen();
  }
}
