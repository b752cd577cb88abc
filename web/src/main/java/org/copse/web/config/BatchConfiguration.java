package org.copse.web.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.copse.index.StoreException;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch's job repository tables (used by the digest job) on the application's database.
 * They follow Batch's version, not ours, so they are created by Batch's own script rather than a
 * Flyway migration: once, when missing, on H2 and PostgreSQL alike (Boot's "always" mode would
 * re-run the script on every start and fail on the existing tables).
 */
@Configuration(proxyBeanMethods = false)
class BatchConfiguration {

  @Bean
  BatchDataSourceScriptDatabaseInitializer batchDataSourceInitializer(DataSource dataSource, BatchJdbcProperties properties) {
    return new BatchDataSourceScriptDatabaseInitializer(dataSource, properties) {
      @Override
      public boolean initializeDatabase() {
        return !batchTablesExist(dataSource) && super.initializeDatabase();
      }
    };
  }

  static boolean batchTablesExist(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      return exists(meta, "BATCH_JOB_INSTANCE") || exists(meta, "batch_job_instance");
    } catch (SQLException e) {
      throw new StoreException("could not look for the Spring Batch tables: " + e.getMessage(), e);
    }
  }

  private static boolean exists(DatabaseMetaData meta, String table) throws SQLException {
    try (ResultSet tables = meta.getTables(null, null, table, new String[] {"TABLE"})) {
      return tables.next();
    }
  }
}
