package app.wingspan.server.store;

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

/**
 * Plain JDBC, the store's one SQL style: a statement with positional parameters, and rows read by
 * column number. Plain JDBC rather than JDBI because the PATCH and GET hot paths measured faster
 * without a library's per-call handle, statement context and named-parameter parsing, and one style
 * everywhere beats two. Failures leave as {@link DatabaseUnavailableException} when the database is
 * away, else {@link IllegalStateException} naming what failed.
 */
final class Sql {
  private Sql() {}

  /** Reads one row of a result set. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** A statement to run on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, params);
      try (ResultSet rs = statement.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(row.read(rs));
        }
        return rows;
      }
    }
  }

  static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, params);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
      }
    }
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, params);
      return statement.executeUpdate();
    }
  }

  /** Binds {@code params} in order; an {@link Instant} goes as a UTC timestamptz. */
  static void bind(PreparedStatement statement, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object value = params[i];
      if (value instanceof Instant instant) {
        statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** {@code work} on a pooled connection of its own, committed as it runs (autocommit). */
  static <T> T onConnection(javax.sql.DataSource dataSource, String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** The exception a failed statement leaves as. */
  static RuntimeException failure(String what, SQLException e) {
    if (isUnavailable(e)) {
      return new DatabaseUnavailableException(e);
    }
    return new IllegalStateException(what + " failed: " + e.getMessage(), e);
  }

  static boolean isUnavailable(Throwable failure) {
    return TransientFailures.in(failure);
  }
}
