package org.copse.web.digest;

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

/** Plain JDBC for the digest's two tables; every {@link SQLException} becomes a {@link StoreException} with its cause. */
final class Sql {

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final DataSource dataSource;

  Sql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  <T> Optional<T> queryOne(String what, String sql, RowMapper<T> mapper, @Nullable Object... params) {
    List<T> rows = query(what, sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  <T> List<T> query(String what, String sql, RowMapper<T> mapper, @Nullable Object... params) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement statement = prepare(connection, sql, params);
         ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new StoreException("could not " + what + ": " + e.getMessage(), e);
    }
  }

  /** Runs one statement in its own (auto-committed) transaction; returns the rows changed. */
  int update(String what, String sql, @Nullable Object... params) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement statement = prepare(connection, sql, params)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not " + what + ": " + e.getMessage(), e);
    }
  }

  /** Inserts a row; returns false (and changes nothing) when its key already exists. */
  boolean insertIfAbsent(String what, String sql, @Nullable Object... params) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement statement = prepare(connection, sql, params)) {
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw new StoreException("could not " + what + ": " + e.getMessage(), e);
    }
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static PreparedStatement prepare(Connection connection, String sql, @Nullable Object... params)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        Object value = params[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : params[i];
        statement.setObject(i + 1, value);
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
