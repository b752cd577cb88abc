package org.copse.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A real H2 file database in a test's temporary directory, migrated to the current schema. */
final class TestDatabase {
  private TestDatabase() {}

  static DataSource open(Path directory) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.resolve("copse").toAbsolutePath() + ";DB_CLOSE_DELAY=0");
    dataSource.setUser("sa");
    StoreSchema.migrate(dataSource);
    return dataSource;
  }
}
