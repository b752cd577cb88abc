package org.copse.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the store tests get their database: a real H2 file database in a temporary directory,
 * migrated. The {@code *PostgresIT} subclasses run the same tests on PostgreSQL.
 */
abstract class StoreTestBase {
  @TempDir Path dir;

  /** A freshly migrated, empty database for one test. */
  DataSource openDatabase() {
    return TestDatabase.open(dir);
  }

  /** The same database as the last {@link #openDatabase()}, opened again and migrated again. */
  DataSource reopenDatabase() {
    return TestDatabase.open(dir);
  }
}
