package app.wingspan.server.work;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool, except on a thread that has bound a connection with {@link #using}: there it hands out
 * that connection, inside its transaction, and ignores the library's {@code close()}. This is how
 * db-scheduler's documentation says to put scheduling inside a caller's transaction ("it must be
 * taken care of by the DataSource provided", Spring's {@code TransactionAwareDataSourceProxy} being
 * its example); db-scheduler issues no commit or rollback on a connection whose auto-commit is off
 * (its {@code commitWhenAutocommitDisabled} is left false), so the caller's transaction decides.
 */
final class TransactionConnections implements DataSource {
  private final DataSource pool;
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();

  TransactionConnections(DataSource pool) {
    this.pool = pool;
  }

  /** Runs {@code work} with {@code transaction} as this thread's connection. */
  <R> R using(Connection transaction, Supplier<R> work) {
    if (bound.get() != null) {
      throw new IllegalStateException("a transaction's connection is bound already");
    }
    bound.set(transaction);
    try {
      return work.get();
    } finally {
      bound.remove();
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection transaction = bound.get();
    return transaction == null ? pool.getConnection() : unclosable(transaction);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool's own user only");
  }

  private static Connection unclosable(Connection transaction) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && method.getParameterCount() == 0) {
                return null; // the transaction's owner closes it
              }
              try {
                return method.invoke(transaction, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return pool.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return pool.isWrapperFor(type);
  }
}
