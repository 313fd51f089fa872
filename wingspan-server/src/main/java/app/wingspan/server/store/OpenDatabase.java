package app.wingspan.server.store;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The database this process works on, resolved once for the server and the admin command alike: the
 * external PostgreSQL named by a JDBC URL, or else the embedded one of a data directory, which this
 * process starts (or, for a short-lived command, reaches through the server that already runs it).
 * Closing stops things in the one safe order: the pool first, then the PostgreSQL this process
 * started, if any.
 */
public final class OpenDatabase implements AutoCloseable {
  private final EmbeddedPostgresServer embedded;
  private final Database database;
  private final long embeddedStartMs;

  private OpenDatabase(EmbeddedPostgresServer embedded, Database database, long embeddedStartMs) {
    this.embedded = embedded;
    this.database = database;
    this.embeddedStartMs = embeddedStartMs;
  }

  /**
   * Opens (and migrates) the database.
   *
   * @param url the external database's JDBC URL; null for the embedded one of {@code dataDir}
   * @param user the external database's user (ignored for the embedded one)
   * @param password the external database's password, or null (ignored for the embedded one)
   * @param dataDir the embedded PostgreSQL's data directory (used when {@code url} is null)
   * @param joinRunning whether to use the embedded PostgreSQL a running server keeps on {@code
   *     dataDir} instead of refusing to start a second one (for the admin command; a server always
   *     starts its own)
   * @param poolSize the connection pool's size
   * @param registry where the pool reports its metrics, or null
   */
  public static OpenDatabase open(
      String url,
      String user,
      String password,
      Path dataDir,
      boolean joinRunning,
      int poolSize,
      MeterRegistry registry) {
    long t0 = System.nanoTime();
    EmbeddedPostgresServer embedded = null;
    try {
      if (url == null) {
        OptionalInt running = joinRunning ? runningPort(dataDir) : OptionalInt.empty();
        if (running.isPresent()) {
          url = "jdbc:postgresql://localhost:" + running.getAsInt() + "/postgres";
        } else {
          embedded = EmbeddedPostgresServer.start(dataDir, 0, true);
          url = embedded.jdbcUrl();
        }
        user = "postgres";
        password = null;
      }
      long embeddedStartMs = embedded == null ? 0 : (System.nanoTime() - t0) / 1_000_000;
      return new OpenDatabase(
          embedded, Database.open(url, user, password, poolSize, registry), embeddedStartMs);
    } catch (RuntimeException | Error e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  private static OptionalInt runningPort(Path dataDir) {
    try {
      return EmbeddedPostgresServer.runningPort(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not read the data directory " + dataDir + ": " + e.getMessage(), e);
    }
  }

  public Database database() {
    return database;
  }

  /** How long starting the embedded PostgreSQL took; 0 when none was started here. */
  public long embeddedStartMs() {
    return embeddedStartMs;
  }

  /** Closes the pool, then stops the PostgreSQL this process started. */
  @Override
  public void close() {
    try {
      database.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
