package org.copse.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** One embedded PostgreSQL server for the test JVM, and a fresh database on it per test. */
final class Postgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private Postgres() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(Postgres::stop));
    }
    return server;
  }

  private static synchronized void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates an empty database and migrates it; returns its name. */
  static String createDatabase() {
    String name = "copse_test_" + DATABASES.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    StoreSchema.migrate(database(name));
    return name;
  }

  static DataSource database(String name) {
    return server().getDatabase("postgres", name);
  }

  /** One test's database: created on {@link #open()}, the same one on {@link #reopen()}. */
  static final class TestDatabase {
    private String name = "";

    DataSource open() {
      name = createDatabase();
      return database(name);
    }

    DataSource reopen() {
      DataSource again = database(name);
      StoreSchema.migrate(again);
      return again;
    }
  }
}
