package app.wingspan.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Start-up skips Flyway only when the newest shipped migration is applied; otherwise migrations
 * run.
 */
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
          files
              .map(f -> f.getFileName().toString())
              .filter(name -> name.matches("V\\d+__.*\\.sql"))
              .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
              .max()
              .orElseThrow();
    }
    for (var migration : Database.javaMigrations()) {
      newest = Math.max(newest, Integer.parseInt(migration.getVersion().getVersion()));
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

  /** An invoice as the release before V3 wrote it: no lineItems[].userRoles, W-9 keys missing. */
  private static final String DOCUMENT_BEFORE_V3 =
      """
      {"invoiceId":"inv","amount":12.50,"status":"Draft",\
      "lineItems":[{"totalCost":12.50,"description":"Design"},\
      {"totalCost":0,"userRoles":{"ownerIds":["someone"],"viewerIds":[]}}],\
      "memberClient":{"memberId":"mem","clientId":"cli","formW9Data":{"city":"Boston","ssn":null}}}""";

  @Test
  void aDatabaseOfAnEarlierReleaseIsNotCurrentAndOpeningMigratesItsDocuments() throws Exception {
    String url = database("behind");
    // A database of the release that kept whole documents and had neither V3 (documents) nor V4
    // (payments), with a document written then and that invoice's create answer kept for
    // idempotent replay.
    Flyway.configure()
        .dataSource(url, "postgres", null)
        .locations("classpath:db/migration")
        .target("2")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement()) {
      s.execute("insert into accounts (id, kind) values ('mem', 'member'), ('cli', 'client')");
      s.execute(
          "insert into invoices (id, client_id, member_id, status, version, due_date, created_at, updated_at,"
              + " document) values ('inv', 'cli', 'mem', 'Draft', 1, '2030-01-31', now(), now(), '"
              + DOCUMENT_BEFORE_V3
              + "')");
      s.execute(
          "insert into invoice_history (invoice_id, actor_account_id, at, changes)"
              + " values ('inv', 'cli', now(), '[]')");
      s.execute(
          "insert into idempotency_keys (account_id, method, path, key, request_hash, state, response_status,"
              + " response_body) values ('cli', 'POST', '/payments/client/invoice', 'k1', '\\x00', 'done', 200,"
              + " convert_to('"
              + DOCUMENT_BEFORE_V3
              + "', 'UTF8'))");
    }
    assertThat(Database.isMigrated(dataSource(url))).isFalse();

    Database.open(url, "postgres", null, 2, null).close();

    assertThat(Database.isMigrated(dataSource(url))).isTrue();
    try (Connection c = DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement();
        var invoice =
            s.executeQuery(
                "select c.content::text, i.state::text from invoices i"
                    + " join invoice_contents c on c.invoice_id = i.id where i.id = 'inv'")) {
      assertThat(invoice.next()).isTrue();
      String content = invoice.getString(1);
      assertCarriesWhatV1Requires(content);
      assertThat(content).as("numbers keep their text").contains("\"amount\":12.50");
      assertThat(invoice.getString(2)).isEqualTo("{\"status\":\"Draft\"}");
    }
    try (Connection c = DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement();
        var history = s.executeQuery("select by_client from invoice_history")) {
      assertThat(history.next()).isTrue();
      assertThat(history.getBoolean(1)).as("the client's change stays the client's").isTrue();
    }
    try (Connection c = DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "select count(*) from information_schema.tables where table_name = 'payments'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
    try (Connection c = DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement();
        var replay =
            s.executeQuery("select convert_from(response_body, 'UTF8') from idempotency_keys")) {
      assertThat(replay.next()).isTrue();
      assertCarriesWhatV1Requires(replay.getString(1));
    }
  }

  @Test
  void historyNamingAnAccountOtherThanTheInvoicesClientStopsTheMigration() throws Exception {
    String url = database("foreign_actor");
    Flyway.configure()
        .dataSource(url, "postgres", null)
        .locations("classpath:db/migration")
        .javaMigrations(Database.javaMigrations())
        .target("5")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement()) {
      s.execute("insert into accounts (id, kind) values ('mem', 'member'), ('cli', 'client')");
      s.execute(
          "insert into invoices (id, client_id, member_id, status, version, due_date, created_at,"
              + " updated_at, state) values ('inv', 'cli', 'mem', 'Draft', 1, '2030-01-31', now(), now(),"
              + " '{\"status\":\"Draft\"}')");
      s.execute(
          "insert into invoice_history (invoice_id, actor_account_id, at, changes)"
              + " values ('inv', 'mem', now(), '[]')");
    }

    assertThatThrownBy(() -> Database.open(url, "postgres", null, 2, null).close())
        .hasStackTraceContaining("other than the invoice's client");
    assertThat(Database.isMigrated(dataSource(url))).isFalse();
  }

  private static void assertCarriesWhatV1Requires(String json) throws Exception {
    JsonNode document = ServerJson.mapper().readTree(json);
    assertThat(document.at("/lineItems/0/userRoles"))
        .isEqualTo(
            ServerJson.mapper().readTree("{\"ownerIds\":[\"mem\"],\"viewerIds\":[\"cli\"]}"));
    assertThat(document.at("/lineItems/1/userRoles"))
        .as("present values are kept")
        .isEqualTo(ServerJson.mapper().readTree("{\"ownerIds\":[\"someone\"],\"viewerIds\":[]}"));
    assertThat(document.at("/memberClient/formW9Data"))
        .isEqualTo(
            ServerJson.mapper()
                .readTree(
                    "{\"addressLine1\":\"\",\"city\":\"Boston\",\"companyStructure\":\"None\",\"country\":\"\","
                        + "\"postalCode\":\"\",\"state\":\"\"}"));
    assertThat(document.at("/amount").decimalValue()).isEqualTo(new java.math.BigDecimal("12.50"));
    assertThat(document.at("/lineItems/0/description").asText()).isEqualTo("Design");
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
    return postgres
        .jdbcUrl()
        .replaceFirst("/postgres\\?", "/" + name + "?")
        .replaceFirst("/postgres$", "/" + name);
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
