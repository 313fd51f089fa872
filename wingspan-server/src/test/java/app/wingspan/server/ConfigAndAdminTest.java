package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.server.invoice.FeeSchedule;
import app.wingspan.server.json.ServerJson;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Configuration from flags and WINGSPAN_* variables, bad values refused clearly; the admin command.
 */
class ConfigAndAdminTest {

  @Test
  void defaultsServeEmbeddedOnPort8080() {
    ServerConfig config = TestApp.config(Map.of());

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.dataDir()).isEqualTo(Path.of("data"));
    assertThat(config.embedded()).isTrue();
    assertThat(config.poolSize()).isEqualTo(10);
    assertThat(config.feeSchedule()).isEqualTo(FeeSchedule.DEFAULT);
    assertThat(config.logLevel()).isEqualTo("INFO");
    assertThat(config.benchRoutes()).isFalse();
    assertThat(config.invoiceCache())
        .as("the embedded database has one writer: this server")
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"''", "jdbc:postgresql://db:5432/app"})
  void theBuilderHasTheCommandLinesDefaults(String databaseUrl) {
    boolean external = !databaseUrl.isEmpty();
    ServerConfig.Builder builder = ServerConfig.builder();
    if (external) {
      builder.database(databaseUrl, null, null);
    }

    assertThat(builder.build())
        .isEqualTo(
            TestApp.config(external ? Map.of("WINGSPAN_DATABASE_URL", databaseUrl) : Map.of()));
  }

  @Test
  void theBuilderRefusesWhatTheRecordRefuses() {
    assertThatThrownBy(() -> ServerConfig.builder().port(70_000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port must be between 0 and 65535");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "'', true",
    "WINGSPAN_DATABASE_URL=jdbc:postgresql://db:5432/app, false",
    "WINGSPAN_INVOICE_CACHE=false, false",
    "WINGSPAN_DATABASE_URL=jdbc:postgresql://db:5432/app;WINGSPAN_INVOICE_CACHE=true, true",
  })
  void theInvoiceCacheIsOnOnlyWhereThisServerIsTheOnlyWriterUnlessConfigured(
      String settings, boolean cached) {
    Map<String, String> env = new java.util.HashMap<>();
    for (String setting : settings.split(";")) {
      if (!setting.isEmpty()) {
        env.put(
            setting.substring(0, setting.indexOf('=')),
            setting.substring(setting.indexOf('=') + 1));
      }
    }

    assertThat(TestApp.config(env).invoiceCache()).isEqualTo(cached);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "'', test",
    "WINGSPAN_DATABASE_URL=jdbc:postgresql://db:5432/app, none",
    "WINGSPAN_PAYMENT_PROCESSOR=none, none",
    "WINGSPAN_DATABASE_URL=jdbc:postgresql://db:5432/app;WINGSPAN_PAYMENT_PROCESSOR=TEST, test",
  })
  void theTestProcessorIsTheDefaultOnlyWithTheEmbeddedDatabase(String settings, String processor) {
    Map<String, String> env = new java.util.HashMap<>();
    for (String setting : settings.split(";")) {
      if (!setting.isEmpty()) {
        env.put(
            setting.substring(0, setting.indexOf('=')),
            setting.substring(setting.indexOf('=') + 1));
      }
    }

    assertThat(TestApp.config(env).paymentProcessor()).isEqualTo(processor);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "5s, PT5S",
    "250ms, PT0.25S",
    "2m, PT2M",
    "1h, PT1H",
    "PT1.5S, PT1.5S",
    "0s, PT0S",
  })
  void theAchSettlementDelayReadsPlainAndIsoDurations(String text, String expected) {
    assertThat(TestApp.config(Map.of(), "--ach-settlement-delay", text).achSettlementDelay())
        .isEqualTo(java.time.Duration.parse(expected));
    assertThat(TestApp.config(Map.of()).achSettlementDelay())
        .isEqualTo(java.time.Duration.ofSeconds(5));
  }

  @Test
  void environmentVariablesConfigureAndFlagsWin() {
    Map<String, String> env =
        Map.of(
            "WINGSPAN_PORT",
            "9000",
            "WINGSPAN_DATA_DIR",
            "/tmp/x",
            "WINGSPAN_DB_POOL_SIZE",
            "4",
            "WINGSPAN_FEE_SCHEDULE",
            "3%+0.25",
            "WINGSPAN_LOG_LEVEL",
            "debug",
            "WINGSPAN_BENCH_ROUTES",
            "true",
            "WINGSPAN_DATABASE_URL",
            "jdbc:postgresql://db:5432/app",
            "WINGSPAN_DATABASE_USER",
            "app",
            "WINGSPAN_DATABASE_PASSWORD",
            "s3cret");

    ServerConfig fromEnv = TestApp.config(env);
    ServerConfig flagged = TestApp.config(env, "--port", "9001", "--db-pool-size", "5");

    assertThat(fromEnv.port()).isEqualTo(9000);
    assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(fromEnv.poolSize()).isEqualTo(4);
    assertThat(fromEnv.feeSchedule())
        .isEqualTo(new FeeSchedule(new BigDecimal("3"), new BigDecimal("0.25")));
    assertThat(fromEnv.logLevel()).isEqualTo("DEBUG");
    assertThat(fromEnv.benchRoutes()).isTrue();
    assertThat(fromEnv.embedded()).isFalse();
    assertThat(fromEnv.databaseUser()).isEqualTo("app");
    assertThat(fromEnv.toString()).doesNotContain("s3cret");
    assertThat(flagged.port()).isEqualTo(9001);
    assertThat(flagged.poolSize()).isEqualTo(5);
  }

  @Test
  void theConfiguredFeeScheduleIsWhatFeesAreChargedBy() {
    TestApp app = TestApp.start(Map.of("WINGSPAN_FEE_SCHEDULE", "10%+1.00"));
    try {
      TestApp.Party client = app.client();
      String id = app.createInvoice(client, app.member()); // 150.00
      app.send(
          "PATCH",
          "/payments/client/invoice/" + id,
          client.token(),
          "{\"creditFeeHandling\":{\"clientPays\":100}}");

      // 10 % of 150.00 + 1.00
      assertThat(
              app.get("/payments/client/invoice/" + id + "/fees", client.token())
                  .json()
                  .path("creditFeeTotal")
                  .decimalValue())
          .isEqualByComparingTo("16.00");
    } finally {
      app.server.close();
    }
  }

  static Stream<Arguments> badConfigs() {
    return Stream.of(
        Arguments.of(Map.of("WINGSPAN_PORT", "eighty"), "--port"),
        Arguments.of(Map.of("WINGSPAN_PORT", "70000"), "port must be between 0 and 65535"),
        Arguments.of(Map.of("WINGSPAN_DB_POOL_SIZE", "0"), "pool size must be between 1 and 1000"),
        Arguments.of(Map.of("WINGSPAN_FEE_SCHEDULE", "lots"), "bad fee schedule 'lots'"),
        Arguments.of(Map.of("WINGSPAN_LOG_LEVEL", "LOUD"), "log level must be one of"),
        Arguments.of(Map.of("WINGSPAN_DATABASE_URL", "mysql://db"), "PostgreSQL JDBC URL"),
        Arguments.of(
            Map.of("WINGSPAN_PAYMENT_PROCESSOR", "stripe"),
            "payment processor must be test or none"),
        Arguments.of(
            Map.of("WINGSPAN_ACH_SETTLEMENT_DELAY", "soon"), "bad ACH settlement delay 'soon'"),
        Arguments.of(
            Map.of("WINGSPAN_ACH_SETTLEMENT_DELAY", "31d"), "bad ACH settlement delay '31d'"),
        Arguments.of(Map.of("WINGSPAN_ACH_SETTLEMENT_DELAY", "PT-1S"), "between 0 and 30 days"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfigs")
  void badConfigurationExitsWithAClearMessage(Map<String, String> env, String message) {
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = Main.commandLine(env);
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));

    int code = cl.execute();

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains(message);
  }

  @Test
  void adminCreatesAMemberWithAddressAndATokenThatAuthenticates() throws Exception {
    TestApp app = TestApp.shared();
    String url = TestDatabase.jdbcUrl();

    JsonNode member =
        admin(
            "admin",
            "create-account",
            "--database-url",
            url,
            "--database-user",
            "postgres",
            "--kind",
            "member",
            "--name",
            "Ada Lovelace",
            "--company",
            "Engines Ltd",
            "--email",
            "ada@example.test",
            "--address-line1",
            "12 St James's Square",
            "--city",
            "London",
            "--state",
            "LND",
            "--postal-code",
            "SW1Y 4JH",
            "--logo-url",
            "https://example.test/ada.png");
    JsonNode client =
        admin(
            "admin",
            "create-account",
            "--database-url",
            url,
            "--database-user",
            "postgres",
            "--kind",
            "client",
            "--name",
            "Charles Babbage");
    JsonNode token =
        admin(
            "admin",
            "create-token",
            "--database-url",
            url,
            "--database-user",
            "postgres",
            "--account",
            client.path("id").asText());

    assertThat(member.path("kind").asText()).isEqualTo("member");
    assertThat(token.path("token").asText()).startsWith("wsk_");
    Account stored = app.store().findAccount(member.path("id").asText()).orElseThrow();
    assertThat(stored.kind()).isEqualTo(AccountKind.MEMBER);
    assertThat(stored.addressJson()).contains("London").contains("SW1Y 4JH");
    TestApp.Response created =
        app.send(
            "POST",
            "/payments/client/invoice",
            token.path("token").asText(),
            TestApp.createBody(member.path("id").asText()));
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(created.json().path("memberName").asText()).isEqualTo("Ada Lovelace");
    assertThat(created.json().path("memberLogoUrl").asText())
        .isEqualTo("https://example.test/ada.png");
    assertThat(created.json().path("memberAddress").path("city").asText()).isEqualTo("London");
  }

  @Test
  void adminListsAnAccountsWebhooksWithoutTheirSecrets() throws Exception {
    TestApp app = TestApp.shared();
    TestApp.Party client = app.client();
    String secret = "admin-never-prints-0123456789";
    TestApp.Response created =
        app.send(
            "POST",
            "/integrations/webhooks/preference",
            client.token(),
            "{\"url\":\"https://hooks.example.com/admin\",\"sharedSecret\":\""
                + secret
                + "\",\"subscribedEvents\":[\"Invoice.Paid\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    app.send(
        "PATCH",
        "/integrations/webhooks/preference/" + created.json().path("webhookPreferenceId").asText(),
        client.token(),
        "{\"sharedSecret\":\"admin-rotated-secret-0123456789\"}");

    JsonNode listed =
        admin(
            "admin",
            "webhooks",
            "--database-url",
            TestDatabase.jdbcUrl(),
            "--database-user",
            "postgres",
            "--account",
            client.id());

    assertThat(listed.path("accountId").asText()).isEqualTo(client.id());
    assertThat(listed.path("webhooks")).hasSize(1);
    JsonNode webhook = listed.path("webhooks").get(0);
    assertThat(webhook.path("webhookPreferenceId").asText())
        .isEqualTo(created.json().path("webhookPreferenceId").asText());
    assertThat(webhook.path("url").asText()).isEqualTo("https://hooks.example.com/admin");
    assertThat(webhook.path("status").asText()).isEqualTo("Active");
    assertThat(webhook.path("previousSecretSignsUntil").asText()).isNotEmpty();
    assertThat(listed.toString())
        .doesNotContain(secret)
        .doesNotContain("admin-rotated-secret")
        .doesNotContainIgnoringCase("sharedSecret");
  }

  static Stream<Arguments> badAdminCalls() {
    return Stream.of(
        Arguments.of(
            (Object) new String[] {"admin", "create-account", "--kind", "boss"},
            "member or client"),
        Arguments.of(
            (Object)
                new String[] {"admin", "create-account", "--kind", "member", "--city", "Paris"},
            "an address needs"),
        Arguments.of(
            (Object) new String[] {"admin", "create-token", "--account", "nobody"},
            "no account with id"),
        Arguments.of(
            (Object) new String[] {"admin", "webhooks", "--account", "nobody"},
            "no account with id"));
  }

  @ParameterizedTest
  @MethodSource("badAdminCalls")
  void adminRefusesBadInputClearly(String[] args, String message) {
    String[] withDb =
        Stream.concat(
                Stream.of(args),
                Stream.of("--database-url", TestDatabase.jdbcUrl(), "--database-user", "postgres"))
            .toArray(String[]::new);
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = Main.commandLine(Map.of());
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));

    assertThat(cl.execute(withDb)).isEqualTo(2);
    assertThat(err.toString()).contains(message);
  }

  private static JsonNode admin(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = Main.commandLine(Map.of());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute(args)).as(err.toString()).isZero();
    return ServerJson.mapper().readTree(out.toString());
  }
}
