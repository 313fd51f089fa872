package app.wingspan.server.store;

/**
 * The database did not answer (down, unreachable, or no connection free within the pool's timeout),
 * or answered "not now": shutting down, switching primaries, or a transaction to run again (see
 * {@link TransientFailures}).
 */
public final class DatabaseUnavailableException extends RuntimeException {
  DatabaseUnavailableException(Throwable cause) {
    super("the database is unavailable", cause);
  }
}
