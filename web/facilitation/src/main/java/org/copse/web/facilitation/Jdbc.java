package org.copse.web.facilitation;

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

/** Plain JDBC for the facilitation tables; every {@link SQLException} becomes a {@link StoreException} with its cause. */
final class Jdbc {

  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  <T> List<T> query(String what, String sql, Row<T> mapper, @Nullable Object... params) {
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

  <T> Optional<T> one(String what, String sql, Row<T> mapper, @Nullable Object... params) {
    List<T> rows = query(what, sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Runs one auto-committed statement; returns the rows changed. */
  int update(String what, String sql, @Nullable Object... params) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement statement = prepare(connection, sql, params)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not " + what + ": " + e.getMessage(), e);
    }
  }

  /** Inserts a row; false (and nothing changed) when its key already exists. */
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

  /** Updates a row, or inserts it when there is none (retrying the update if a racing insert won). */
  void upsert(String what, String update, Object[] updateParams, String insert, Object[] insertParams) {
    if (update(what, update, updateParams) == 0 && !insertIfAbsent(what, insert, insertParams)) {
      update(what, update, updateParams);
    }
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  static @Nullable LocalDate day(ResultSet row, String column) throws SQLException {
    Date date = row.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static PreparedStatement prepare(Connection connection, String sql, @Nullable Object... params)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        Object value = params[i];
        if (value instanceof Instant instant) {
          value = instant.atOffset(ZoneOffset.UTC);
        } else if (value instanceof LocalDate date) {
          value = Date.valueOf(date);
        }
        statement.setObject(i + 1, value);
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
