package org.copse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.copse.index.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * The few JDBC moves the store needs, each turning {@link SQLException} into a
 * {@link StoreException} that names what was being done and keeps the cause.
 */
final class Jdbc {

  /** Maps the current row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Work done on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
  <T> T inTransaction(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException("could not " + what + ": " + e.getMessage(), e);
    }
  }

  /** Runs work on a connection of its own, without a transaction. */
  <T> T withConnection(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("could not " + what + ": " + e.getMessage(), e);
    }
  }

  <T> List<T> query(String what, String sql, RowMapper<T> mapper, Object... params) {
    return withConnection(what, connection -> query(connection, sql, mapper, params));
  }

  <T> Optional<T> queryOne(String what, String sql, RowMapper<T> mapper, Object... params) {
    List<T> rows = query(what, sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  long count(String what, String sql, Object... params) {
    return queryOne(what, sql, row -> row.getLong(1), params).orElse(0L);
  }

  static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, params);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  static int update(Connection connection, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, params);
      return statement.executeUpdate();
    }
  }

  /** Updates a row by key, inserting it when the update found none: portable across H2 and PostgreSQL. */
  static void upsert(Connection connection, String updateSql, Object[] updateParams, String insertSql,
      Object[] insertParams) throws SQLException {
    if (update(connection, updateSql, updateParams) == 0) {
      update(connection, insertSql, insertParams);
    }
  }

  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static void bind(PreparedStatement statement, @Nullable Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object value = params[i] instanceof Instant instant ? timestamp(instant) : params[i];
      statement.setObject(i + 1, value);
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
