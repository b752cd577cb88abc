package org.copse.store;

import javax.sql.DataSource;

/** {@link AccountsTest} on PostgreSQL (embedded), to show the store's SQL runs there as on H2. */
class AccountsPostgresIT extends AccountsTest {
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
