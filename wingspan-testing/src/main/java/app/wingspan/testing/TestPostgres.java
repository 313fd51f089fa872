package app.wingspan.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.Locale;

/**
 * The test server's PostgreSQL: zonky's embedded binaries on a temporary data directory that zonky
 * deletes on close, with its test defaults (no fsync, asynchronous commit): test data is thrown
 * away.
 */
final class TestPostgres implements AutoCloseable {
  private final EmbeddedPostgres postgres;

  private TestPostgres(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static TestPostgres start() {
    try {
      return new TestPostgres(
          EmbeddedPostgres.builder()
              .setPGStartupWait(Duration.ofSeconds(60))
              .setPgBinaryResolver(new FirstBinaryFound())
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the test server's PostgreSQL: " + e.getMessage(), e);
    }
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Zonky's resolver refuses a classpath that holds the same binaries twice, which happens when a
   * jar's manifest {@code Class-Path} names them again (wingspan-server's runnable jar does, next
   * to its {@code lib} folder). Then the first copy is as good as any.
   */
  static final class FirstBinaryFound implements PgBinaryResolver {
    @Override
    public InputStream getPgBinary(String system, String hardware) throws IOException {
      try {
        return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, hardware);
      } catch (IllegalStateException duplicate) {
        String name =
            String.format("postgres-%s-%s.txz", system, ArchUtils.normalize(hardware))
                .replace(' ', '_')
                .toLowerCase(Locale.ROOT);
        URL first = TestPostgres.class.getClassLoader().getResource(name);
        if (first == null) {
          throw duplicate;
        }
        return first.openStream();
      }
    }
  }
}
