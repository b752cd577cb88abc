package org.copse.store;

import javax.sql.DataSource;

/** {@link AccountsTest} on PostgreSQL (embedded), to show the store's SQL runs there as on H2. */
class AccountsPostgresIT extends AccountsTest {
  private String database = "";

  @Override
  DataSource openDatabase() {
    database = Postgres.createDatabase();
    return Postgres.database(database);
  }

  @Override
  DataSource reopenDatabase() {
    DataSource again = Postgres.database(database);
    StoreSchema.migrate(again);
    return again;
  }
}
