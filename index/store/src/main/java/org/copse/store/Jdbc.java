package org.copse.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.copse.index.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * The few JDBC moves Copse's tables need (the store's here, and the digest's and facilitation's
 * beside the web application), each turning {@link SQLException} into a {@link StoreException}
 * that names what was being done and keeps the cause. Parameters bind as JDBC objects, but an
 * {@link Instant} binds as a UTC timestamp with time zone and a {@link LocalDate} as a date.
 */
public final class Jdbc {

  /** Maps the current row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Work done on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(String what, Work<T> work) {
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
  public <T> T withConnection(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("could not " + what + ": " + e.getMessage(), e);
    }
  }

  public <T> List<T> query(String what, String sql, RowMapper<T> mapper, @Nullable Object... params) {
    return withConnection(what, connection -> query(connection, sql, mapper, params));
  }

  /** The first row, if any. */
  public <T> Optional<T> queryOne(String what, String sql, RowMapper<T> mapper, @Nullable Object... params) {
    List<T> rows = query(what, sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  public long count(String what, String sql, @Nullable Object... params) {
    return queryOne(what, sql, row -> row.getLong(1), params).orElse(0L);
  }

  /** Runs one statement in its own (auto-committed) transaction; returns the rows changed. */
  public int update(String what, String sql, @Nullable Object... params) {
    return withConnection(what, connection -> update(connection, sql, params));
  }

  /** Inserts a row; returns false (and changes nothing) when its key already exists. */
  public boolean insertIfAbsent(String what, String sql, @Nullable Object... params) {
    try (Connection connection = dataSource.getConnection()) {
      return update(connection, sql, params) == 1;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw new StoreException("could not " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Updates a row, or inserts it when there is none, each auto-committed; when a racing insert won,
   * the update runs again.
   */
  public void upsert(String what, String update, @Nullable Object[] updateParams, String insert,
      @Nullable Object[] insertParams) {
    if (update(what, update, updateParams) == 0 && !insertIfAbsent(what, insert, insertParams)) {
      update(what, update, updateParams);
    }
  }

  public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, @Nullable Object... params)
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

  public static int update(Connection connection, String sql, @Nullable Object... params) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, params);
      return statement.executeUpdate();
    }
  }

  /** Updates a row by key, inserting it when the update found none: portable across H2 and PostgreSQL. */
  public static void upsert(Connection connection, String updateSql, @Nullable Object[] updateParams, String insertSql,
      @Nullable Object[] insertParams) throws SQLException {
    if (update(connection, updateSql, updateParams) == 0) {
      update(connection, insertSql, insertParams);
    }
  }

  public static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A non-null timestamp column. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  /** A date column, null when it is. */
  public static @Nullable LocalDate day(ResultSet row, String column) throws SQLException {
    Date date = row.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static void bind(PreparedStatement statement, @Nullable Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object value = params[i];
      if (value instanceof Instant instant) {
        value = timestamp(instant);
      } else if (value instanceof LocalDate date) {
        value = Date.valueOf(date);
      }
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
