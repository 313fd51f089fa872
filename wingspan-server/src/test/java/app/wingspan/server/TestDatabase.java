package app.wingspan.server;

import app.wingspan.server.store.EmbeddedPostgresServer;
import java.nio.file.Path;

/**
 * The one PostgreSQL all tests of this JVM share: started on first use, stopped when the JVM exits.
 * It runs without fsync (test data is throw-away); the durability test starts its own durable
 * server instead.
 */
final class TestDatabase {
  private static EmbeddedPostgresServer postgres;

  private TestDatabase() {}

  static synchronized String jdbcUrl() {
    if (postgres == null) {
      Path dir = TempDirs.create("wingspan-test-pg");
      postgres = EmbeddedPostgresServer.start(dir, 0, false);
      EmbeddedPostgresServer started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    started.close();
                    TempDirs.delete(dir);
                  }));
    }
    return postgres.jdbcUrl();
  }
}
