package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.wingspan.server.json.ServerJson;
import app.wingspan.server.store.EventRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every state change of an invoice leaves its events, written with the change: none is missing for
 * a change that was acknowledged, none exists for a change that rolled back.
 */
class InvoiceEventsTest {
  private static final TestApp APP = TestApp.shared();

  @Test
  void everyChangeLeavesItsEventsAtTheVersionItProduced() throws Exception {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();
    String id = APP.createInvoice(client, member);
    assertThat(patch(client, id, "{\"status\":\"Open\"}").status()).isEqualTo(200);
    assertThat(patch(client, id, "{\"creditFeeHandling\":{\"clientPays\":100}}").status())
        .isEqualTo(200);
    assertThat(APP.pay(client, id, "{\"paymentMethodId\":\"pm_card_visa\"}").status())
        .isEqualTo(200);

    List<EventRow> events = APP.store().events(id);
    assertThat(events)
        .extracting(EventRow::kind, EventRow::version)
        .containsExactly(
            tuple("created", 1L),
            tuple("status", 2L),
            tuple("sentAt", 2L),
            tuple("openedAt", 2L),
            tuple("creditFeeHandling", 3L),
            tuple("status", 4L),
            tuple("paymentInTransitAt", 4L),
            tuple("paidAt", 4L));
    assertThat(events)
        .allSatisfy(
            event -> {
              assertThat(event.clientId()).isEqualTo(client.id());
              assertThat(event.memberId()).isEqualTo(member.id());
              assertThat(event.byClient()).isTrue();
            });
    assertThat(events).extracting(EventRow::seq).isSorted().doesNotHaveDuplicates();
    assertThat(json(events.get(1).dataJson()).path("from").asText()).isEqualTo("Draft");
    assertThat(json(events.get(1).dataJson()).path("to").asText()).isEqualTo("Open");
    String paymentId = APP.store().payments(id).get(0).id();
    assertThat(json(events.get(7).dataJson()).path("payment").path("id").asText())
        .isEqualTo(paymentId);
    // Each version the client was answered with has its events.
    assertThat(events).extracting(EventRow::version).contains(1L, 2L, 3L, 4L);
  }

  @Test
  void aSettledDebitIsRecordedAsTheSystemsChange() {
    TestApp.Party client = APP.client();
    String id = APP.sentInvoice(client, APP.member());
    assertThat(APP.pay(client, id, "{\"accountId\":\"ba_test_success\"}").status()).isEqualTo(200);
    APP.await(client, id, invoice -> invoice.path("status").asText().equals("Paid"));

    List<EventRow> events = APP.store().events(id);
    assertThat(events.subList(events.size() - 3, events.size()))
        .extracting(EventRow::kind, EventRow::version, EventRow::byClient)
        .containsExactly(
            tuple("status", 4L, false),
            tuple("paidAt", 4L, false),
            tuple("depositedAt", 4L, false));
    assertThat(events)
        .filteredOn(event -> event.version() == 3)
        .extracting(EventRow::kind)
        .containsExactly("status", "paymentInTransitAt");
  }

  @Test
  void aChangeThatFailsBetweenItsWritesLeavesNeitherTheChangeNorItsEvents() throws Exception {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();
    String sent = APP.sentInvoice(client, member);
    String draft = APP.createInvoice(client, member);
    sql(
        "create table if not exists events_refused (invoice_id text primary key)",
        "create or replace function refuse_event() returns trigger language plpgsql as $$"
            + " begin if exists (select 1 from events_refused where invoice_id = new.invoice_id)"
            + " then raise exception 'event refused by the test'; end if; return new; end $$",
        "drop trigger if exists refuse_event on invoice_events",
        "create trigger refuse_event before insert on invoice_events"
            + " for each row execute function refuse_event()",
        "insert into events_refused values ('" + sent + "'), ('" + draft + "')");
    try {
      // The PATCH's one statement, the locked send that takes a number, and a payment.
      assertThat(patch(client, sent, "{\"creditFeeHandling\":{\"clientPays\":100}}").status())
          .isEqualTo(500);
      assertThat(patch(client, draft, "{\"status\":\"Open\"}").status()).isEqualTo(500);
      assertThat(APP.pay(client, sent, "{\"paymentMethodId\":\"pm_card_visa\"}").status())
          .isEqualTo(500);

      assertThat(APP.get("/payments/client/invoice/" + sent, client.token()).header("ETag"))
          .isEqualTo("\"2\"");
      TestApp.Response stillDraft = APP.get("/payments/client/invoice/" + draft, client.token());
      assertThat(stillDraft.header("ETag")).isEqualTo("\"1\"");
      assertThat(stillDraft.json().path("status").asText()).isEqualTo("Draft");
      assertThat(APP.store().history(sent)).hasSize(1);
      assertThat(APP.store().history(draft)).isEmpty();
      assertThat(APP.store().payments(sent)).isEmpty();
      assertThat(APP.store().events(sent)).extracting(EventRow::version).containsOnly(1L, 2L);
      assertThat(APP.store().events(draft)).extracting(EventRow::kind).containsExactly("created");
    } finally {
      sql("delete from events_refused where invoice_id in ('" + sent + "', '" + draft + "')");
    }

    TestApp.Response after = patch(client, sent, "{\"creditFeeHandling\":{\"clientPays\":100}}");
    assertThat(after.header("ETag")).isEqualTo("\"3\"");
    assertThat(APP.store().events(sent))
        .filteredOn(event -> event.version() == 3)
        .extracting(EventRow::kind)
        .containsExactly("creditFeeHandling");
  }

  @Test
  void anOpenInvoicePastItsDueDateIsObservedOverdueOncePerStayInOpen() throws Exception {
    TestApp.Party client = APP.client();
    String id = APP.sentInvoice(client, APP.member());
    sql("update invoices set due_date = current_date - 3 where id = '" + id + "'");

    APP.server.recordOverdueInvoices();
    APP.server.recordOverdueInvoices();

    List<EventRow> overdue =
        APP.store().events(id).stream().filter(event -> event.kind().equals("overdue")).toList();
    assertThat(overdue).hasSize(1);
    assertThat(overdue.get(0).version()).isEqualTo(2);
    assertThat(overdue.get(0).byClient()).isFalse();
    assertThat(json(overdue.get(0).dataJson()).path("dueDate").asText()).isNotBlank();
  }

  @Test
  void theAdminCommandListsAnInvoicesEvents() throws Exception {
    TestApp.Party client = APP.client();
    String id = APP.sentInvoice(client, APP.member());

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = Main.commandLine(Map.of());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code =
        cl.execute(
            "admin",
            "events",
            "--database-url",
            TestDatabase.jdbcUrl(),
            "--database-user",
            "postgres",
            "--invoice",
            id);

    assertThat(code).as(err.toString()).isZero();
    JsonNode listed = json(out.toString());
    assertThat(listed.path("invoiceId").asText()).isEqualTo(id);
    assertThat(listed.path("events").findValuesAsText("kind"))
        .containsExactly("created", "status", "sentAt", "openedAt");
    assertThat(listed.path("events").get(1).path("data").path("to").asText()).isEqualTo("Open");
    assertThat(listed.path("events").get(1).path("by").asText()).isEqualTo("client");
  }

  private static TestApp.Response patch(TestApp.Party client, String id, String body) {
    return APP.send("PATCH", "/payments/client/invoice/" + id, client.token(), body);
  }

  private static JsonNode json(String text) throws Exception {
    return ServerJson.mapper().readTree(text);
  }

  private static void sql(String... statements) throws Exception {
    try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl());
        var statement = connection.createStatement()) {
      for (String each : statements) {
        statement.execute(each);
      }
    }
  }
}
