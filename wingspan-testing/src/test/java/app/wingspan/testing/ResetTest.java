package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.sdk.NotFoundException;
import app.wingspan.sdk.UnauthorizedException;
import app.wingspan.sdk.Wingspan;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every test starts from a clean server: no invoices, no accounts of earlier tests, system time, no
 * faults.
 */
@WingspanTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetTest {
  /** What the first test left behind, for the second to look for. */
  private static TestAccount earlierClient;

  private static String earlierInvoice;

  /**
   * Resolved when JUnit makes the instance, before the reset: it must still call as the test's
   * client.
   */
  private final Wingspan constructed;

  ResetTest(Wingspan constructed) {
    this.constructed = constructed;
  }

  @InjectWingspan TestAccounts accounts;
  @InjectWingspan Wingspan sdk;
  @InjectWingspan TestClock clock;
  @InjectWingspan Faults faults;
  @InjectWingspan WingspanTestServer server;
  @InjectWingspan URI baseUrl;

  @Test
  @Order(1)
  void aTestLeavesInvoicesAClockOffsetAndFaultsBehind() {
    earlierClient = accounts.client();
    earlierInvoice = KitFixtures.openInvoice(sdk, accounts.member().id(), clock.today().toString());
    assertThat(sdk.clientInvoice().get(earlierInvoice).clientInvoice())
        .isPresent(); // now cached by the server
    clock.advance(Duration.ofDays(400));
    faults.onAnyRequest().times(100).serviceUnavailable(Duration.ofSeconds(30));
  }

  @Test
  @Order(2)
  void theNextTestSeesNoneOfIt() {
    assertThat(clock.offset()).isZero();
    assertThat(sdk.clientInvoice().list().clientInvoices())
        .isEmpty(); // no 503: the faults are gone
    assertThat(constructed.clientInvoice().list().clientInvoices())
        .isEmpty(); // its token is this test's
    assertThat(accounts.client().id()).isNotEqualTo(earlierClient.id());
    assertThatThrownBy(() -> sdk.clientInvoice().get(earlierInvoice))
        .isInstanceOf(NotFoundException.class);
    // The earlier client's token is gone with its account, though the server had it cached.
    assertThatThrownBy(() -> server.sdk(earlierClient).clientInvoice().list())
        .isInstanceOf(UnauthorizedException.class);
  }

  @Test
  @Order(3)
  void everyTableButFlywaysHistoryIsEmptyAndSequencesStartOver() throws Exception {
    KitFixtures.openInvoice(
        sdk, accounts.member().id(), clock.today().toString()); // a history row, a sequence step

    server.reset(); // as before every test (the injected client above made its account already)

    try (Connection sql = DriverManager.getConnection(server.jdbcUrl(), "postgres", null);
        Statement statement = sql.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          statement.executeQuery(
              "select tablename from pg_tables where schemaname = current_schema()"
                  + " and tablename <> 'flyway_schema_history'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      assertThat(tables).contains("accounts", "invoices", "invoice_history", "idempotency_keys");
      for (String table : tables) {
        try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
          rs.next();
          assertThat(rs.getLong(1)).as(table).isZero();
        }
      }
      try (ResultSet rs = statement.executeQuery("select count(*) from flyway_schema_history")) {
        rs.next();
        assertThat(rs.getLong(1)).isPositive();
      }
      try (ResultSet rs =
          statement.executeQuery(
              "select sequencename, last_value from pg_sequences"
                  + " where schemaname = current_schema()")) {
        assertThat(rs.next()).isTrue();
        do {
          assertThat(rs.getObject(2))
              .as(rs.getString(1))
              .isNull(); // restarted: nothing handed out yet
        } while (rs.next());
      }
    }
  }

  @Test
  @Order(4)
  void fieldsAndParametersAreTheSameServersParts(WingspanTestServer parameter, URI url) {
    assertThat(parameter).isSameAs(server);
    assertThat(url).isEqualTo(baseUrl).isEqualTo(URI.create(server.baseUrl()));
    assertThat(baseUrl.getHost()).isEqualTo("127.0.0.1");
    assertThat(clock).isSameAs(server.clock());
    assertThat(faults).isSameAs(server.faults());
    assertThat(accounts).isSameAs(server.accounts());
    assertThat(accounts.member().kind()).isEqualTo(TestAccount.Kind.MEMBER);
    assertThat(accounts.member()).isSameAs(accounts.member());
    assertThat(accounts.member().toString())
        .doesNotContain(accounts.member().token())
        .contains("token=***");
  }

  @Nested
  class InANestedClass {
    @InjectWingspan Wingspan nestedSdk;

    @Test
    void eachTestStartsCleanAndNestedFieldsAreSet() {
      assertThat(nestedSdk.clientInvoice().list().clientInvoices()).isEmpty();
      assertThat(clock.offset()).isZero();
      KitFixtures.openInvoice(nestedSdk, accounts.member().id(), clock.today().toString());
      clock.advance(Duration.ofDays(1));
    }

    @Test
    void andTheNextOneToo() {
      eachTestStartsCleanAndNestedFieldsAreSet();
    }
  }
}
