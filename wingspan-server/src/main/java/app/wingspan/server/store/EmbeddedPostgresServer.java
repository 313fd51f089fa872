package app.wingspan.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started from the zonky binaries on a data directory that survives restarts.
 *
 * <p>Zonky tunes its defaults for throw-away test databases (no fsync, asynchronous commit). A
 * durable instance turns those back on, so an acknowledged commit survives {@code kill -9} of the
 * JVM and of the OS.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  /** The lock file zonky holds while an instance owns the data directory. */
  private static final String ZONKY_LOCK_FILE = "epg-lock";

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on {@code dataDirectory} (initialised when empty).
   *
   * @param port 0 picks a free port
   * @param durable true for fsync and synchronous commit (the server); false only for throw-away
   *     test data
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
    try {
      Path dir = dataDirectory.toAbsolutePath().normalize();
      Files.createDirectories(dir);
      stopOrphanedPostmaster(dir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setPGStartupWait(java.time.Duration.ofSeconds(60))
              .setPort(port);
      if (durable) {
        // Zonky passes -F (fsync off) and synchronous_commit=off; later -c settings win.
        builder
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on");
      }
      return new EmbeddedPostgresServer(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the embedded PostgreSQL on " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  /**
   * JDBC URL of the {@code postgres} database, user {@code postgres}, no password (trust on
   * loopback).
   */
  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** Stops PostgreSQL (fast mode: sessions end, committed data stays). */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The port of the PostgreSQL a running server keeps on {@code dataDirectory}, if one does (its
   * JVM holds the directory's lock). Lets the admin command work while the server runs.
   */
  public static java.util.OptionalInt runningPort(Path dataDirectory) throws IOException {
    Path dir = dataDirectory.toAbsolutePath().normalize();
    Path pidFile = dir.resolve("postmaster.pid");
    Path lockFile = dir.resolve(ZONKY_LOCK_FILE);
    if (!Files.exists(pidFile) || !Files.exists(lockFile)) {
      return java.util.OptionalInt.empty();
    }
    try (FileOutputStream out = new FileOutputStream(lockFile.toFile(), true);
        FileLock lock = out.getChannel().tryLock()) {
      if (lock != null) {
        return java.util.OptionalInt.empty(); // nobody holds it: no running server
      }
    } catch (OverlappingFileLockException e) {
      // held inside this JVM: a server runs here
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
    // postmaster.pid: pid, data directory, start time, port, ...
    if (lines.size() < 4) {
      return java.util.OptionalInt.empty();
    }
    return java.util.OptionalInt.of(Integer.parseInt(lines.get(3).trim()));
  }

  /**
   * A JVM killed with {@code kill -9} leaves its postmaster running on the data directory, which
   * would make the next start fail. Zonky's lock file tells whether the owner is alive: if we can
   * take the lock, the JVM that held it is gone, and a still-running postmaster of this directory
   * is an orphan we stop.
   */
  static void stopOrphanedPostmaster(Path dir) throws IOException {
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Path lockFile = dir.resolve(ZONKY_LOCK_FILE);
    try (FileOutputStream out = new FileOutputStream(lockFile.toFile());
        FileLock lock = out.getChannel().tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "the data directory "
                + dir
                + " is in use by another running server; stop it or choose another"
                + " data directory");
      }
      Optional<ProcessHandle> postmaster = postmasterOf(pidFile);
      if (postmaster.isEmpty()) {
        return; // a stale pid file alone is fine: PostgreSQL recovers from it by itself
      }
      ProcessHandle process = postmaster.get();
      LOG.warn(
          "stopping orphaned PostgreSQL (pid {}) left on {} by a server that did not shut down",
          process.pid(),
          dir);
      process.destroy(); // SIGTERM: smart shutdown; its clients died with the old JVM
      try {
        process.onExit().get(30, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        process.destroyForcibly(); // crash recovery on the next start replays the WAL
        process.onExit().get(10, TimeUnit.SECONDS);
      }
    } catch (OverlappingFileLockException e) {
      throw new IllegalStateException(
          "the data directory " + dir + " is already in use by this process", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping an orphaned PostgreSQL", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("could not stop the orphaned PostgreSQL on " + dir, e);
    }
  }

  private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        // A pid can be reused after a reboot: only a postgres process is ours to stop.
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
  }
}
