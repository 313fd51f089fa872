package app.wingspan.server.store;

/**
 * The database did not answer (down, unreachable, or no connection free within the pool's timeout).
 */
public final class DatabaseUnavailableException extends RuntimeException {
  DatabaseUnavailableException(Throwable cause) {
    super("the database is unavailable", cause);
  }
}
