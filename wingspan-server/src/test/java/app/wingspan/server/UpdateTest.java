package app.wingspan.server;

import static app.wingspan.server.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.json.ServerJson;
import app.wingspan.server.store.InvoiceRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PATCH through HTTP: transitions, fee handling, ETags, history, numbering, the Overdue reading.
 */
class UpdateTest {
  private static final TestApp APP = TestApp.shared();

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "Draft, Open, 200",
    "Draft, Cancelled, 200",
    "Draft, Paid, 409",
    "Draft, Overdue, 409",
    "Draft, Pending, 409",
    "Draft, PaymentInTransit, 409",
    "Draft, Draft, 200",
    "Open, Paid, 200",
    "Open, Cancelled, 200",
    "Open, Draft, 409",
    "Open, Open, 200",
    "Open, Pending, 409",
    "Paid, Cancelled, 409",
    "Paid, Open, 409",
    "Paid, Paid, 200",
    "Cancelled, Open, 409",
    "Cancelled, Paid, 409",
    "Cancelled, Cancelled, 200",
  })
  void statusTransitions(String from, String to, int status) {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());
    reach(client, id, from);
    String before = APP.get(path(id), client.token()).body();

    TestApp.Response response = patch(client, id, "{\"status\":\"" + to + "\"}");

    if (status == 200) {
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      assertThat(response.json().path("status").asText()).isEqualTo(to);
      if (from.equals(to)) {
        assertThat(response.body())
            .isEqualTo(before); // same status: nothing changes, updatedAt included
      }
    } else {
      assertProblem(response, 409, "INVALID_STATUS_TRANSITION", "status");
      assertThat(response.json().path("detail").asText()).contains(from).contains(to);
      assertThat(APP.get(path(id), client.token()).body()).isEqualTo(before);
    }
  }

  private static void reach(TestApp.Party client, String id, String status) {
    switch (status) {
      case "Draft":
        return;
      case "Open":
        assertThat(patch(client, id, "{\"status\":\"Open\"}").status()).isEqualTo(200);
        return;
      case "Paid":
        reach(client, id, "Open");
        assertThat(patch(client, id, "{\"status\":\"Paid\"}").status()).isEqualTo(200);
        return;
      case "Cancelled":
        assertThat(patch(client, id, "{\"status\":\"Cancelled\"}").status()).isEqualTo(200);
        return;
      default:
        throw new IllegalArgumentException(status);
    }
  }

  @Test
  void sendingSetsEventsAndTheNextNumberOfTheMember() {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();
    String first = APP.createInvoice(client, member);
    String second = APP.createInvoice(client, member);

    JsonNode sentSecond = patch(client, second, "{\"status\":\"Open\"}").json();
    JsonNode sentFirst = patch(client, first, "{\"status\":\"Open\"}").json();

    assertThat(sentSecond.path("invoiceNumber").asText()).isEqualTo("1");
    assertThat(sentFirst.path("invoiceNumber").asText()).isEqualTo("2");
    assertThat(sentFirst.path("events").path("sentAt").asText()).isNotEmpty();
    assertThat(sentFirst.path("events").path("openedAt").asText()).isNotEmpty();
    assertThat(APP.store().history(first)).hasSize(1);
  }

  @Test
  void anOpenInvoicePastItsDueDateReadsOverdue() {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    String id =
        APP.send(
                "POST",
                "/payments/client/invoice",
                client.token(),
                TestApp.createBody(member.id(), yesterday))
            .json()
            .path("invoiceId")
            .asText();

    assertThat(patch(client, id, "{\"status\":\"Open\"}").json().path("status").asText())
        .isEqualTo("Overdue");
    assertThat(APP.get(path(id), client.token()).json().path("status").asText())
        .isEqualTo("Overdue");
    assertThat(
            APP.get("/payments/client/invoice", client.token())
                .json()
                .get(0)
                .path("status")
                .asText())
        .isEqualTo("Overdue");
    assertThat(patch(client, id, "{\"status\":\"Paid\"}").json().path("status").asText())
        .isEqualTo("Paid");
  }

  static Stream<Arguments> bodilessPatches() {
    return Stream.of(
        Arguments.of(
            "no body, no Content-Type (Wingspan's Python SDK's update(id))", null, new String[0]),
        Arguments.of(
            "empty body labelled JSON", "", new String[] {"Content-Type", "application/json"}),
        Arguments.of("empty body labelled text", "", new String[] {"Content-Type", "text/plain"}),
        Arguments.of("no body with If-Match", null, new String[] {"If-Match", "\"2\""}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodilessPatches")
  void aPatchWithoutABodyIsTheEmptyChange(String name, String body, String[] headers) {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());
    assertThat(patch(client, id, "{\"creditFeeHandling\":{\"clientPays\":40}}").header("ETag"))
        .isEqualTo("\"2\"");
    TestApp.Response before = APP.get(path(id), client.token());

    TestApp.Response response = APP.send("PATCH", path(id), client.token(), body, headers);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(before.body());
    assertThat(response.header("ETag")).isEqualTo("\"2\"");
    assertThat(APP.store().history(id)).hasSize(1);
  }

  static Stream<Arguments> feeHandling() {
    return Stream.of(
        Arguments.of("absent leaves it", "{}", "{\"clientPays\":40,\"memberPays\":60}"),
        Arguments.of(
            "top-level null leaves it (Wingspan's Python SDK sends unset fields as null)",
            "{\"creditFeeHandling\":null}",
            "{\"clientPays\":40,\"memberPays\":60}"),
        Arguments.of(
            "a status-only update from the Python SDK keeps it",
            "{\"creditFeeHandling\":null,\"status\":\"Open\"}",
            "{\"clientPays\":40,\"memberPays\":60}"),
        Arguments.of(
            "all three shares null return to the default (the seed's FeeHandlingConfig())",
            "{\"creditFeeHandling\":{\"clientAbsolutePercentage\":null,\"clientPays\":null,\"memberPays\":null},"
                + "\"status\":null}",
            null),
        Arguments.of(
            "an object merges",
            "{\"creditFeeHandling\":{\"clientPays\":100,\"memberPays\":null}}",
            "{\"clientPays\":100,\"memberPays\":0}"),
        Arguments.of(
            "absolute percentage replaces shares",
            "{\"creditFeeHandling\":{\"clientAbsolutePercentage\":3,\"clientPays\":null,\"memberPays\":null}}",
            "{\"clientAbsolutePercentage\":3}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("feeHandling")
  void feeHandlingIsAMergePatch(String name, String body, String expected) throws Exception {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());
    assertThat(
            patch(client, id, "{\"creditFeeHandling\":{\"clientPays\":40,\"memberPays\":60}}")
                .status())
        .isEqualTo(200);

    TestApp.Response response = patch(client, id, body);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode handling = response.json().path("creditFeeHandling");
    if (expected == null) {
      assertThat(handling.isMissingNode() || handling.isNull() || handling.isEmpty())
          .as(handling.toString())
          .isTrue();
    } else {
      JsonNode want = ServerJson.mapper().readTree(expected);
      want.fieldNames()
          .forEachRemaining(
              field ->
                  assertThat(handling.path(field).decimalValue())
                      .as(field)
                      .isEqualByComparingTo(want.path(field).decimalValue()));
    }
    // The fee figure agrees with the fees endpoint.
    TestApp.Response fees = APP.get(path(id) + "/fees", client.token());
    assertThat(fees.json().path("creditFeeTotal").decimalValue())
        .isEqualByComparingTo(
            response
                .json()
                .path("processingFees")
                .path("creditCardFee")
                .path("amount")
                .decimalValue());
  }

  @Test
  void clientPaysItAllChargesTheScheduleOnTheAmount() {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member()); // 100.00 x 1.5 = 150.00

    patch(client, id, "{\"creditFeeHandling\":{\"clientPays\":100}}");

    // 2.9 % of 150.00 + 0.30 = 4.65
    assertThat(
            APP.get(path(id) + "/fees", client.token())
                .json()
                .path("creditFeeTotal")
                .decimalValue())
        .isEqualByComparingTo("4.65");
  }

  @Test
  void etagsFollowTheVersionAndIfMatchGuardsUpdates() {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());
    assertThat(APP.get(path(id), client.token()).header("ETag")).isEqualTo("\"1\"");

    TestApp.Response changed =
        APP.send(
            "PATCH",
            path(id),
            client.token(),
            "{\"creditFeeHandling\":{\"clientPays\":50}}",
            "If-Match",
            "\"1\"");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.header("ETag")).isEqualTo("\"2\"");

    TestApp.Response stale =
        APP.send(
            "PATCH",
            path(id),
            client.token(),
            "{\"creditFeeHandling\":{\"clientPays\":60}}",
            "If-Match",
            "\"1\"");
    assertProblem(stale, 412, "PRECONDITION_FAILED", "If-Match");

    TestApp.Response weak =
        APP.send(
            "PATCH",
            path(id),
            client.token(),
            "{\"creditFeeHandling\":{\"clientPays\":60}}",
            "If-Match",
            "W/\"2\"");
    assertProblem(weak, 412, "PRECONDITION_FAILED", "If-Match");

    TestApp.Response anyOf =
        APP.send(
            "PATCH",
            path(id),
            client.token(),
            "{\"creditFeeHandling\":{\"clientPays\":60}}",
            "If-Match",
            "\"7\", \"2\"");
    assertThat(anyOf.header("ETag")).isEqualTo("\"3\"");

    TestApp.Response noChange =
        APP.send(
            "PATCH",
            path(id),
            client.token(),
            "{\"creditFeeHandling\":{\"clientPays\":60}}",
            "If-Match",
            "*");
    assertThat(noChange.status()).isEqualTo(200);
    assertThat(noChange.header("ETag")).isEqualTo("\"3\"");
    assertThat(APP.store().history(id)).hasSize(2);
  }

  @Test
  void aConditionalWriteFromAnOlderVersionWritesNothing() {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());
    InvoiceRow first = APP.store().findInvoice(id, client.id()).orElseThrow();
    TestApp.Response changed = patch(client, id, "{\"creditFeeHandling\":{\"clientPays\":100}}");
    assertThat(changed.header("ETag")).isEqualTo("\"2\"");

    // A change computed on version 1 after version 2 committed: what a PATCH that lost a race
    // holds.
    InvoiceRow late =
        first.next("Cancelled", "{\"status\":\"Cancelled\"}", java.time.Instant.now());
    boolean written;
    try (var session = APP.store().session()) {
      written = session.updateIfUnchanged(late, java.time.Instant.now(), "[]", "[]");
    }

    assertThat(written).isFalse();
    TestApp.Response now = APP.get(path(id), client.token());
    assertThat(now.header("ETag")).isEqualTo("\"2\"");
    assertThat(now.body()).isEqualTo(changed.body());
    assertThat(APP.store().history(id)).hasSize(1);
  }

  @Test
  void historyRecordsWhoWhenAndBeforeAfter() {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());

    patch(client, id, "{\"status\":\"Open\",\"creditFeeHandling\":{\"clientPays\":100}}");

    var history = APP.store().history(id);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).actorAccountId()).isEqualTo(client.id());
    assertThat(history.get(0).changesJson())
        .contains("\"status\"")
        .contains("\"Draft\"")
        .contains("\"Open\"")
        .contains("creditFeeHandling");
  }

  static TestApp.Response patch(TestApp.Party client, String id, String body) {
    return APP.send("PATCH", path(id), client.token(), body);
  }

  static String path(String id) {
    return "/payments/client/invoice/" + id;
  }
}
