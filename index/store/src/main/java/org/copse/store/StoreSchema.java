package org.copse.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.copse.index.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database up to the current schema with the Flyway migrations in
 * {@code classpath:db/migration} (versions 1–99 belong to the store, 100 and up to ingest).
 */
public final class StoreSchema {
  /** Where the migrations live on the class path. */
  public static final String LOCATION = "classpath:db/migration";

  private static final Logger log = LoggerFactory.getLogger(StoreSchema.class);

  private StoreSchema() {}

  /** Applies pending migrations; returns how many ran. */
  public static int migrate(DataSource dataSource) {
    try {
      MigrateResult result = Flyway.configure().dataSource(dataSource).locations(LOCATION).load().migrate();
      log.info("database schema at version {} ({} migrations applied)", result.targetSchemaVersion,
          result.migrationsExecuted);
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException("could not migrate the database schema: " + e.getMessage(), e);
    }
  }
}
