package app.wingspan.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** Start-up skips Flyway only when the newest shipped migration is applied; otherwise migrations run. */
class MigrationCheckTest {
  @TempDir static Path dir;
  private static EmbeddedPostgresServer postgres;

  @BeforeAll
  static void start() {
    postgres = EmbeddedPostgresServer.start(dir.resolve("pg"), 0, false);
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @Test
  void latestMigrationNamesTheNewestFileShipped() throws Exception {
    Path migrations = Paths.get(resource("db/migration"));
    int newest;
    try (Stream<Path> files = Files.list(migrations)) {
      newest =
          files.map(f -> f.getFileName().toString())
              .filter(name -> name.matches("V\\d+__.*\\.sql"))
              .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
              .max()
              .orElseThrow();
    }
    assertThat(Database.LATEST_MIGRATION).isEqualTo(Integer.toString(newest));
  }

  @Test
  void anEmptyDatabaseIsMigratedOnOpenAndThenCountsAsCurrent() throws Exception {
    String url = database("fresh");
    assertThat(Database.isMigrated(dataSource(url))).isFalse();

    Database.open(url, "postgres", null, 2, null).close();

    assertThat(Database.isMigrated(dataSource(url))).isTrue();
  }

  @Test
  void aDatabaseOneMigrationBehindIsNotCurrentAndOpeningMigratesIt() throws Exception {
    String url = database("behind");
    Database.open(url, "postgres", null, 2, null).close();
    try (Connection c = DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement()) {
      // Undo the newest migration by hand, as a database of the previous release would look.
      s.execute("drop table payments");
      s.execute("alter table invoice_history alter column actor_account_id set not null");
      s.execute("delete from flyway_schema_history where version = '" + Database.LATEST_MIGRATION + "'");
    }
    assertThat(Database.isMigrated(dataSource(url))).isFalse();

    Database.open(url, "postgres", null, 2, null).close();

    assertThat(Database.isMigrated(dataSource(url))).isTrue();
    try (Connection c = DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement();
        var rs = s.executeQuery("select count(*) from information_schema.tables where table_name = 'payments'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void aFailedMigrationInTheHistoryIsNotCurrent() throws Exception {
    String url = database("failed");
    Database.open(url, "postgres", null, 2, null).close();
    try (Connection c = DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement()) {
      s.execute("update flyway_schema_history set success = false where version = '1'");
    }

    assertThat(Database.isMigrated(dataSource(url))).isFalse();
  }

  private static String database(String name) throws Exception {
    try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", null);
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    }
    return postgres.jdbcUrl().replaceFirst("/postgres\\?", "/" + name + "?").replaceFirst("/postgres$", "/" + name);
  }

  private static PGSimpleDataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser("postgres");
    return ds;
  }

  private static java.net.URI resource(String name) throws URISyntaxException {
    return MigrationCheckTest.class.getClassLoader().getResource(name).toURI();
  }
}
