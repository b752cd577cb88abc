package org.copse.bench.harness;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * An H2 file database behind a connection pool, as the application runs it (Spring Boot's default
 * pool, Hikari): without a pool every call would open and close the database file.
 */
public final class H2Database implements AutoCloseable {
  private static final int POOL_SIZE = 4;
  private final HikariDataSource dataSource;

  /** Opens (creating when missing) the database whose files start with {@code file}. */
  public H2Database(Path file) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:file:" + file.toAbsolutePath());
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setPoolName("bench-h2");
    this.dataSource = new HikariDataSource(config);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
