package app.wingspan.server.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Which database failures mean "not now, try again shortly" (a 503 with Retry-After) rather than a
 * fault of the server: the database is down, restarting, or switching primaries under a highly
 * available setup (a failover or switchover of pg_auto_failover, Patroni and the like).
 */
final class TransientFailures {
  /**
   * SQLStates that end with the same statement succeeding once the database (or its new primary)
   * answers; class 08 (connection exceptions) is taken whole.
   */
  private static final Set<String> STATES =
      Set.of(
          // Operator intervention: admin_shutdown (a fast shutdown, a demotion), crash_shutdown,
          // cannot_connect_now (starting up, or in recovery).
          "57P01",
          "57P02",
          "57P03",
          // read_only_sql_transaction: the connection's node is a standby now (demoted), or not yet
          // accepting writes (being promoted).
          "25006",
          // serialization_failure (also a standby cancelling a query for a recovery conflict) and
          // deadlock_detected: the transaction was rolled back; running it again succeeds.
          "40001",
          "40P01",
          // too_many_connections: a primary that was just promoted can be flooded by every
          // replica's
          // pool reconnecting at once.
          "53300");

  private TransientFailures() {}

  /** True when {@code failure} or one of its causes is such a failure. */
  static boolean in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true; // no connection from the pool within its timeout
      }
      if (t instanceof SQLException sql && isTransient(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static boolean isTransient(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || STATES.contains(sqlState));
  }

  /**
   * Tells the pool to throw a connection away on 25006 as well: a connection that met a read-only
   * transaction is on a node that is no longer the primary, and would fail the same way for every
   * request it served. (The pool already discards connections on class 08 and 57P01-57P03.)
   */
  static final class EvictNonPrimary implements SQLExceptionOverride {
    // The interface's nested enum is called Override, hence the annotation's full name.
    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
      return "25006".equals(failure.getSQLState())
          ? SQLExceptionOverride.Override.MUST_EVICT
          : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
  }
}
