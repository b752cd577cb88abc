package org.copse.ingest.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.copse.index.StoreException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Batch's job repository tables with Batch's own script for the database (H2 or
 * PostgreSQL) when they do not exist yet. (They follow Batch's version, not ours, so they are not
 * a Flyway migration.)
 */
final class BatchSchema {
  private BatchSchema() {}

  static void ensure(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      if (exists(meta, "BATCH_JOB_INSTANCE") || exists(meta, "batch_job_instance")) {
        return;
      }
      String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
      String platform = product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : null;
      if (platform == null) {
        throw new StoreException("no Spring Batch schema for database " + meta.getDatabaseProductName()
            + "; ingest supports H2 and PostgreSQL");
      }
      new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
          .populate(connection);
    } catch (SQLException e) {
      throw new StoreException("could not create the Spring Batch tables: " + e.getMessage(), e);
    }
  }

  private static boolean exists(DatabaseMetaData meta, String table) throws SQLException {
    try (ResultSet tables = meta.getTables(null, null, table, new String[] {"TABLE", "BASE TABLE"})) {
      return tables.next();
    }
  }
}
