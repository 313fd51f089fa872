package app.wingspan.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The connection pool on one PostgreSQL database, migrated to the current schema.
 *
 * <p>The pool fails fast: with the database gone a request waits at most {@link
 * #CONNECTION_TIMEOUT_MS} for a connection, then answers 503; nothing is cached, so the service
 * recovers as soon as the database answers.
 *
 * <p>The JDBC URL may name several hosts, {@code
 * jdbc:postgresql://h1:5432,h2:5432/db?targetServerType=primary}: the driver then connects to
 * whichever is primary, so after a failover (pg_auto_failover promoting the standby) the pool's
 * connections to the old primary fail, are discarded, and new ones reach the new primary without a
 * restart. Requests in the switch answer 503 with Retry-After ({@link TransientFailures}).
 */
public final class Database implements AutoCloseable {
  static final long CONNECTION_TIMEOUT_MS = 2_000;

  /**
   * The version of the newest migration, a file under {@code db/migration} or one of {@link
   * #javaMigrations} (a test keeps the two in step).
   */
  static final String LATEST_MIGRATION = "19";

  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * Opens a pool on {@code jdbcUrl} and applies the Flyway migrations under {@code db/migration}.
   */
  public static Database open(
      String jdbcUrl, String user, String password, int poolSize, MeterRegistry registry) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(Math.min(2, poolSize));
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
    config.setValidationTimeout(1_000);
    config.setPoolName("wingspan");
    // Store.inTransaction relies on this: the pool keeps every connection at read committed.
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    // Socket and login timeouts keep a vanished database from hanging a request on a dead TCP
    // connection.
    config.addDataSourceProperty("connectTimeout", "2");
    // The login timeout bounds a whole connection attempt, every host of a multi-host URL in turn:
    // room for each host's connect timeout, so one unreachable host cannot use it all up.
    config.addDataSourceProperty("loginTimeout", String.valueOf(2 * hostCount(jdbcUrl)));
    // The driver remembers which host of a multi-host URL was not primary (or not reachable) and
    // skips it for this long, 10 s by default: during a failover it would skip the standby that
    // is being promoted long after it has become the primary. (A setting in the URL wins.)
    config.addDataSourceProperty("hostRecheckSeconds", "1");
    config.addDataSourceProperty("socketTimeout", "30");
    config.addDataSourceProperty("tcpKeepAlive", "true");
    // A connection that meets a read-only transaction is on a demoted primary: discard it.
    config.setExceptionOverride(new TransientFailures.EvictNonPrimary());
    if (registry != null) {
      config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
    HikariDataSource pool = new HikariDataSource(config);
    try {
      if (!isMigrated(pool)) {
        Flyway.configure()
            .dataSource(pool)
            .locations("classpath:db/migration")
            .javaMigrations(javaMigrations())
            .load()
            .migrate();
      }
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool);
  }

  /**
   * True when Flyway's history says the newest migration this code ships, {@link
   * #LATEST_MIGRATION}, is applied and nothing failed. Loading Flyway and scanning the classpath
   * for migrations takes most of a second of start-up; two queries tell whether there is anything
   * for it to do. Whenever a migration is pending (or the history is missing or holds a failure)
   * Flyway runs as always, with its validation.
   */
  static boolean isMigrated(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet exists =
          statement.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
        if (!exists.next() || !exists.getBoolean(1)) {
          return false;
        }
      }
      try (ResultSet current =
          statement.executeQuery(
              "select bool_or(success and version = '"
                  + LATEST_MIGRATION
                  + "'), bool_and(success)"
                  + " from flyway_schema_history")) {
        return current.next() && current.getBoolean(1) && current.getBoolean(2);
      }
    } catch (SQLException e) {
      return false; // let Flyway look, and report whatever is wrong
    }
  }

  /**
   * How many hosts {@code jdbcUrl} names: {@code jdbc:postgresql://h1:p1,h2:p2/db} names two (a URL
   * without {@code //}, which means localhost, one).
   */
  static int hostCount(String jdbcUrl) {
    int start = jdbcUrl.indexOf("//");
    if (start < 0) {
      return 1;
    }
    int end = start + 2;
    while (end < jdbcUrl.length() && jdbcUrl.charAt(end) != '/' && jdbcUrl.charAt(end) != '?') {
      end++;
    }
    return (int) jdbcUrl.substring(start + 2, end).chars().filter(c -> c == ',').count() + 1;
  }

  /** The migrations written in Java, beside the SQL files under {@code db/migration}. */
  static JavaMigration[] javaMigrations() {
    return new JavaMigration[] {new V5__Invoice_state_apart_from_content()};
  }

  public DataSource dataSource() {
    return pool;
  }

  /**
   * True when the database answers within {@code timeoutSeconds} and takes writes: a primary, not a
   * standby nor a node being promoted (pg_auto_failover holds a promoted node read-only until the
   * old primary is out of the way). A connection to a node that does not take writes is discarded,
   * so the pool's next one goes to whichever host is primary now.
   */
  public boolean isReady(int timeoutSeconds) {
    try (Connection connection = pool.getConnection()) {
      boolean writable;
      try (Statement statement = connection.createStatement()) {
        statement.setQueryTimeout(timeoutSeconds);
        try (ResultSet primary =
            statement.executeQuery(
                "select not pg_is_in_recovery() and current_setting('transaction_read_only') = 'off'")) {
          writable = primary.next() && primary.getBoolean(1);
        }
      }
      if (!writable) {
        pool.evictConnection(connection);
      }
      return writable;
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /** Closes the pool: waits for connections in use to be returned, then closes them all. */
  @Override
  public void close() {
    pool.close();
  }
}
