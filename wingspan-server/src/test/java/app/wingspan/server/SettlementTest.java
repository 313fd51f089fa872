package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.store.HistoryRow;
import app.wingspan.server.store.PaymentRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bank debits (ACH) settling: a debit in transit becomes Paid, or Open again when the account
 * fails; the settlement queue is shared by server replicas and each debit is applied exactly once.
 * Settlement delays here are short (300 ms to 1 s); every wait is bounded.
 */
class SettlementTest {
  private static final TestApp APP = TestApp.shared();

  @Test
  void aDebitInTransitSettlesToPaidWithItsDepositTime() {
    TestApp.Party client = APP.client();
    String id = APP.sentInvoice(client, APP.member());

    JsonNode inTransit = APP.pay(client, id, "{\"accountId\":\"ba_test_success\"}").json();
    TestApp.Response settled =
        APP.await(client, id, invoice -> invoice.path("status").asText().equals("Paid"));

    assertThat(inTransit.path("status").asText()).isEqualTo("PaymentInTransit");
    JsonNode events = settled.json().path("events");
    assertThat(events.path("paidAt").asText())
        .isNotEmpty()
        .isEqualTo(events.path("depositedAt").asText());
    assertThat(events.path("paidAt").asText())
        .isGreaterThan(events.path("paymentInTransitAt").asText());
    assertThat(events.path("estimatedDepositAt").asText())
        .isEqualTo(inTransit.path("events").path("estimatedDepositAt").asText());
    assertThat(settled.json().path("paymentInfo").path("meansType").asText()).isEqualTo("Account");
    assertThat(settled.header("ETag")).isEqualTo("\"4\""); // created, sent, paid, settled: once
    PaymentRow payment = APP.store().payments(id).get(0);
    assertThat(payment.state()).isEqualTo("settled");
    assertThat(payment.settledAt()).isNotNull();
    assertThat(payment.settledBy()).isNotBlank();
    assertThat(payment.settleAfter()).isNull();
    HistoryRow last = lastHistory(id);
    assertThat(last.actorAccountId()).as("the system settled it").isNull();
    assertThat(last.changesJson())
        .contains("\"state\": \"settled\"")
        .contains("events.depositedAt");
  }

  @Test
  void aFailedDebitReturnsTheInvoiceToOpenWithTheFailureRecordedAndItCanBePaidAgain() {
    TestApp.Party client = APP.client();
    String id = APP.sentInvoice(client, APP.member());

    APP.pay(client, id, "{\"accountId\":\"ba_test_insufficientFunds\"}");
    TestApp.Response failed =
        APP.await(client, id, invoice -> invoice.path("status").asText().equals("Open"));

    JsonNode invoice = failed.json();
    assertThat(invoice.path("events").path("paymentFailedAt")).hasSize(1);
    assertThat(invoice.path("events").path("paymentInTransitAt").asText()).isNotEmpty();
    assertThat(invoice.path("events").has("estimatedDepositAt")).isFalse();
    assertThat(invoice.path("events").has("paidAt")).isFalse();
    assertThat(invoice.has("paymentInfo")).isFalse();
    assertThat(invoice.has("chargedFees")).isFalse();
    PaymentRow payment = APP.store().payments(id).get(0);
    assertThat(payment.state()).isEqualTo("failed");
    assertThat(payment.failureReason()).isEqualTo("The bank account has insufficient funds.");
    assertThat(lastHistory(id).changesJson()).contains("\"state\": \"failed\"");

    // The fee handling is editable again, and the invoice can be paid another way.
    assertThat(
            APP.send(
                    "PATCH",
                    "/payments/client/invoice/" + id,
                    client.token(),
                    "{\"creditFeeHandling\":{\"clientPays\":100}}")
                .status())
        .isEqualTo(200);
    TestApp.Response paid = APP.pay(client, id, "{\"paymentMethodId\":\"pm_card_visa\"}");
    assertThat(paid.json().path("status").asText()).isEqualTo("Paid");
    assertThat(paid.json().path("events").path("paymentFailedAt")).hasSize(1);
    assertThat(APP.store().payments(id))
        .extracting(PaymentRow::state)
        .containsExactly("failed", "succeeded");
  }

  @Test
  void aPlaidLinkedAccountSettlesLikeASavedOne() {
    TestApp.Party client = APP.client();
    String id = APP.sentInvoice(client, APP.member());

    TestApp.Response paid =
        APP.pay(client, id, "{\"plaidPublicToken\":\"public-sandbox-success\"}");
    APP.await(client, id, invoice -> invoice.path("status").asText().equals("Paid"));

    assertThat(paid.json().path("status").asText()).isEqualTo("PaymentInTransit");
    PaymentRow payment = APP.store().payments(id).get(0);
    assertThat(payment.instrument())
        .as("the linked account, never the token")
        .isEqualTo("ba_test_success");
  }

  @Test
  void twoServerInstancesShareTheSettlementQueueAndSettleEachDebitExactlyOnce() throws Exception {
    Map<String, String> replica =
        Map.of("WINGSPAN_INVOICE_CACHE", "false", "WINGSPAN_ACH_SETTLEMENT_DELAY", "1s");
    // A database of their own: the two replicas' workers are the only ones taking its debits.
    String url = freshDatabase("two_replicas");
    TestApp one = TestApp.startOn(url, replica);
    TestApp two = TestApp.startOn(url, replica);
    try {
      TestApp.Party client = one.client();
      TestApp.Party member = one.member();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        TestApp app = i % 2 == 0 ? one : two;
        String id = app.sentInvoice(client, member);
        String account = i % 4 == 3 ? "ba_test_accountClosed" : "ba_test_success";
        assertThat(app.pay(client, id, "{\"accountId\":\"" + account + "\"}").status())
            .isEqualTo(200);
        ids.add(id);
      }

      Set<String> settledBy = new HashSet<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        String expected = i % 4 == 3 ? "Open" : "Paid";
        TestApp.Response done =
            (i % 2 == 0 ? two : one)
                .await(client, id, invoice -> invoice.path("status").asText().equals(expected));
        assertThat(done.header("ETag")).as("settled once: %s", id).isEqualTo("\"4\"");
        List<HistoryRow> history = one.store().history(id);
        assertThat(history).filteredOn(row -> row.actorAccountId() == null).hasSize(1);
        PaymentRow payment = one.store().payments(id).get(0);
        assertThat(payment.state()).isEqualTo(expected.equals("Paid") ? "settled" : "failed");
        settledBy.add(payment.settledBy());
      }
      System.out.println("16 debits settled by " + settledBy.size() + " server instance(s)");
      // Each instance wakes at the due time of the debits it started (half each): both take part,
      // and no other took any.
      assertThat(settledBy).as("the instances that settled the 16 debits").hasSize(2);
    } finally {
      one.server.close();
      two.server.close();
    }
  }

  @Test
  void aDebitThatCannotBeSettledIsPutBackAndDoesNotBlockTheQueue() throws Exception {
    TestApp slow =
        TestApp.start(
            Map.of("WINGSPAN_INVOICE_CACHE", "false", "WINGSPAN_ACH_SETTLEMENT_DELAY", "1h"));
    try {
      TestApp.Party client = slow.client();
      String stuck = slow.sentInvoice(client, slow.member());
      slow.pay(client, stuck, "{\"accountId\":\"ba_test_success\"}");
      String reference = slow.store().payments(stuck).get(0).processorReference();
      // First in the queue, with a reference the processor does not know: every attempt fails.
      sql(
          "update payments set processor_reference = 'unknown-to-the-processor',"
              + " settle_after = now() - interval '1 hour' where invoice_id = ?",
          stuck);
      sql(SETTLEMENT_DUE + " now() - interval '1 hour'" + OF_INVOICE, stuck);

      String next = APP.sentInvoice(client, APP.member());
      APP.pay(client, next, "{\"accountId\":\"ba_test_success\"}");
      APP.await(client, next, invoice -> invoice.path("status").asText().equals("Paid"));
      // The two were due together and may run side by side: wait (bounded) for the failed attempt.
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
      while (!slow.store().payments(stuck).get(0).settleAfter().isAfter(java.time.Instant.now())
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }

      PaymentRow putBack = slow.store().payments(stuck).get(0);
      assertThat(putBack.state()).isEqualTo("in_transit");
      assertThat(putBack.settleAfter()).isAfter(java.time.Instant.now());
      assertThat(
              slow.get("/payments/client/invoice/" + stuck, client.token())
                  .json()
                  .path("status")
                  .asText())
          .isEqualTo("PaymentInTransit");

      // Repaired, it settles like any other.
      sql(
          "update payments set processor_reference = '"
              + reference
              + "', settle_after = now()"
              + " where invoice_id = ?",
          stuck);
      sql(SETTLEMENT_DUE + " now()" + OF_INVOICE, stuck);
      slow.await(client, stuck, invoice -> invoice.path("status").asText().equals("Paid"));
    } finally {
      slow.server.close();
    }
  }

  @Test
  void debitsInTransitWhenTheOnlyServerStopsSettleOnceAfterItStartsAgain() throws Exception {
    // A database of its own: no other test server's worker can settle these debits meanwhile.
    String url = freshDatabase("settle_after_restart");
    Map<String, String> settings = Map.of("WINGSPAN_ACH_SETTLEMENT_DELAY", "2s");
    TestApp before = TestApp.startOn(url, settings);
    TestApp.Party client;
    List<String> ids = new ArrayList<>();
    try {
      client = before.client();
      TestApp.Party member = before.member();
      for (String account :
          List.of("ba_test_success", "ba_test_success", "ba_test_accountClosed")) {
        String id = before.sentInvoice(client, member);
        assertThat(
                before
                    .pay(client, id, "{\"accountId\":\"" + account + "\"}")
                    .json()
                    .path("status")
                    .asText())
            .isEqualTo("PaymentInTransit");
        ids.add(id);
      }
    } finally {
      before.server.close(); // a graceful stop, before the debits are due
    }
    for (String id : ids) {
      assertThat(inTransit(url, id)).as("still in transit after the stop: %s", id).isTrue();
    }

    TestApp after = TestApp.startOn(url, settings);
    try {
      for (int i = 0; i < ids.size(); i++) {
        String expected = i == 2 ? "Open" : "Paid";
        TestApp.Response done =
            after.await(
                client, ids.get(i), invoice -> invoice.path("status").asText().equals(expected));
        assertThat(done.header("ETag")).as("settled once: %s", ids.get(i)).isEqualTo("\"4\"");
        assertThat(paymentStates(url, ids.get(i)))
            .as("the payment of %s, settled once", ids.get(i))
            .containsExactly(i == 2 ? "failed" : "settled");
      }
    } finally {
      after.server.close();
    }
  }

  @Test
  void aPayThatFailsAfterSchedulingItsSettlementLeavesNeitherThePaymentNorItsSettlement()
      throws Exception {
    // A database of its own: the injected failure and the count of scheduled work are this test's.
    String url = freshDatabase("pay_rolled_back");
    TestApp app =
        TestApp.startOn(
            url, Map.of("WINGSPAN_INVOICE_CACHE", "false", "WINGSPAN_ACH_SETTLEMENT_DELAY", "1h"));
    try {
      TestApp.Party client = app.client();
      String failing = app.sentInvoice(client, app.member());
      String paying = app.sentInvoice(client, app.member());
      // A pay writes the payment, schedules its settlement, then the invoice and its history row:
      // the failure is injected at the last write, after the settlement was scheduled.
      execute(
          url,
          "create function fail_history() returns trigger language plpgsql as $$ begin"
              + " if new.invoice_id = '"
              + failing
              + "' then raise exception 'injected failure'; end if; return new; end $$");
      execute(
          url,
          "create trigger fail_history before insert on invoice_history"
              + " for each row execute function fail_history()");

      TestApp.Response refused = app.pay(client, failing, "{\"accountId\":\"ba_test_success\"}");
      TestApp.Response accepted = app.pay(client, paying, "{\"accountId\":\"ba_test_success\"}");

      assertThat(refused.status()).isEqualTo(500);
      assertThat(app.store().payments(failing)).isEmpty();
      assertThat(
              app.get("/payments/client/invoice/" + failing, client.token())
                  .json()
                  .path("status")
                  .asText())
          .isEqualTo("Open");
      assertThat(accepted.status()).isEqualTo(200);
      String payment = app.store().payments(paying).get(0).id();
      assertThat(scheduledSettlements(url))
          .as("only the committed pay's settlement is scheduled")
          .containsExactly(payment);
    } finally {
      app.server.close();
    }
  }

  /**
   * Moves the due time of the settlement of an invoice's payment: the queue is db-scheduler's
   * table, and {@code payments.settle_after} only records the time.
   */
  private static final String SETTLEMENT_DUE = "update scheduled_tasks set execution_time =";

  private static final String OF_INVOICE =
      " where task_name = 'ach-settlement'"
          + " and task_instance = (select id from payments where invoice_id = ?)";

  /** A new, empty database on the shared test PostgreSQL; its JDBC URL. */
  private static String freshDatabase(String prefix) throws Exception {
    String name = prefix + "_" + Long.toHexString(System.nanoTime());
    try (var connection = java.sql.DriverManager.getConnection(TestDatabase.jdbcUrl());
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    String base = TestDatabase.jdbcUrl();
    return base.replaceFirst("/postgres\\?", "/" + name + "?")
        .replaceFirst("/postgres$", "/" + name);
  }

  private static void execute(String url, String statement) throws Exception {
    try (var connection = java.sql.DriverManager.getConnection(url, "postgres", null);
        var sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  /** The payment ids whose settlement is scheduled, in the database at {@code url}. */
  private static List<String> scheduledSettlements(String url) throws Exception {
    List<String> ids = new ArrayList<>();
    try (var connection = java.sql.DriverManager.getConnection(url, "postgres", null);
        var query =
            connection.prepareStatement(
                "select task_instance from scheduled_tasks where task_name = 'ach-settlement'");
        var rs = query.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static boolean inTransit(String url, String invoiceId) throws Exception {
    try (var connection = java.sql.DriverManager.getConnection(url, "postgres", null);
        var query =
            connection.prepareStatement("select state from payments where invoice_id = ?")) {
      query.setString(1, invoiceId);
      try (var rs = query.executeQuery()) {
        return rs.next() && rs.getString(1).equals("in_transit");
      }
    }
  }

  /** The states of the invoice's payment rows, oldest first; each settled one has its time. */
  private static List<String> paymentStates(String url, String invoiceId) throws Exception {
    try (var connection = java.sql.DriverManager.getConnection(url, "postgres", null);
        var query =
            connection.prepareStatement(
                "select state, settled_at from payments where invoice_id = ? order by created_at")) {
      query.setString(1, invoiceId);
      List<String> states = new ArrayList<>();
      try (var rs = query.executeQuery()) {
        while (rs.next()) {
          states.add(rs.getString(1));
          assertThat(rs.getTimestamp(2)).as("settled_at of %s", invoiceId).isNotNull();
        }
      }
      return states;
    }
  }

  private static void sql(String statement, String invoiceId) throws Exception {
    try (var connection = java.sql.DriverManager.getConnection(TestDatabase.jdbcUrl());
        var update = connection.prepareStatement(statement)) {
      update.setString(1, invoiceId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static HistoryRow lastHistory(String id) {
    List<HistoryRow> history = APP.store().history(id);
    return history.get(history.size() - 1);
  }
}
