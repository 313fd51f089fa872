package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of bad input gets its status, a stable code, the offending field, and changes
 * nothing.
 */
class BadInputTest {
  private static final TestApp APP = TestApp.shared();
  private static TestApp.Party member;
  private static TestApp.Party client;
  private static String invoiceId;

  @BeforeAll
  static void invoice() {
    member = APP.member();
    client = APP.client();
    invoiceId = APP.createInvoice(client, member);
  }

  static Stream<Arguments> badPatches() {
    return Stream.of(
        Arguments.of(
            "malformed JSON", "{\"status\":", "application/json", 400, "INVALID_JSON", null),
        Arguments.of(
            "trailing garbage",
            "{\"status\":\"Open\"} x",
            "application/json",
            400,
            "INVALID_JSON",
            null),
        Arguments.of("not an object", "[1,2]", "application/json", 400, "INVALID_JSON", null),
        Arguments.of("JSON null", "null", "application/json", 400, "INVALID_JSON", null),
        Arguments.of(
            "blank body (not empty: not JSON)",
            " \n",
            "application/json",
            400,
            "INVALID_JSON",
            null),
        Arguments.of(
            "unknown field",
            "{\"stauts\":\"Open\"}",
            "application/json",
            400,
            "INVALID_FIELD",
            "stauts"),
        Arguments.of(
            "unknown nested field",
            "{\"creditFeeHandling\":{\"clientPayz\":10}}",
            "application/json",
            400,
            "INVALID_FIELD",
            "creditFeeHandling.clientPayz"),
        Arguments.of(
            "wrong type", "{\"status\":7}", "application/json", 400, "INVALID_FIELD", "status"),
        Arguments.of(
            "wrong nested type",
            "{\"creditFeeHandling\":{\"clientPays\":\"ten\"}}",
            "application/json",
            400,
            "INVALID_FIELD",
            "creditFeeHandling.clientPays"),
        Arguments.of(
            "unknown status",
            "{\"status\":\"Lost\"}",
            "application/json",
            400,
            "INVALID_FIELD",
            "status"),
        Arguments.of(
            "duplicate key",
            "{\"status\":\"Open\",\"status\":\"Open\"}",
            "application/json",
            400,
            "INVALID_JSON",
            null),
        Arguments.of(
            "text content type",
            "{\"status\":\"Open\"}",
            "text/plain",
            415,
            "UNSUPPORTED_MEDIA_TYPE",
            null),
        Arguments.of(
            "form content type",
            "status=Open",
            "application/x-www-form-urlencoded",
            415,
            "UNSUPPORTED_MEDIA_TYPE",
            null),
        Arguments.of(
            "refused transition",
            "{\"status\":\"Paid\"}",
            "application/json",
            409,
            "INVALID_STATUS_TRANSITION",
            "status"),
        Arguments.of(
            "fee shares over 100",
            "{\"creditFeeHandling\":{\"clientPays\":101}}",
            "application/json",
            422,
            "VALIDATION_FAILED",
            "creditFeeHandling.clientPays"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPatches")
  void badPatchIsRefusedAndChangesNothing(
      String name, String body, String contentType, int status, String code, String param) {
    TestApp.Response before = APP.get("/payments/client/invoice/" + invoiceId, client.token());

    TestApp.Response response =
        APP.send(
            "PATCH",
            "/payments/client/invoice/" + invoiceId,
            client.token(),
            body,
            "Content-Type",
            contentType);

    assertProblem(response, status, code, param);
    TestApp.Response after = APP.get("/payments/client/invoice/" + invoiceId, client.token());
    assertThat(after.body()).isEqualTo(before.body());
    assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
  }

  static Stream<Arguments> badCreates() {
    String due = "2030-01-31";
    return Stream.of(
        Arguments.of(
            "missing memberId",
            "{\"clientEmail\":\"a@b.test\",\"dueDate\":\""
                + due
                + "\",\"lineItems\":[{\"totalCost\":1}]}",
            422,
            "VALIDATION_FAILED",
            "memberId"),
        Arguments.of(
            "unknown memberId",
            TestApp.createBody("no-such-member"),
            422,
            "VALIDATION_FAILED",
            "memberId"),
        Arguments.of(
            "no line items",
            "{\"memberId\":\"MEMBER\",\"clientEmail\":\"a@b.test\",\"dueDate\":\""
                + due
                + "\",\"lineItems\":[]}",
            422,
            "VALIDATION_FAILED",
            "lineItems"),
        Arguments.of(
            "bad due date",
            TestApp.createBody("MEMBER", "31/01/2030"),
            422,
            "VALIDATION_FAILED",
            "dueDate"),
        Arguments.of(
            "line quantity as text",
            "{\"memberId\":\"MEMBER\",\"clientEmail\":\"a@b.test\",\"dueDate\":\""
                + due
                + "\",\"lineItems\":[{\"costPerUnit\":1,\"quantity\":\"2\"}]}",
            400,
            "INVALID_FIELD",
            "lineItems[0].quantity"),
        Arguments.of(
            "unknown field in line",
            "{\"memberId\":\"MEMBER\",\"clientEmail\":\"a@b.test\",\"dueDate\":\""
                + due
                + "\",\"lineItems\":[{\"totalCost\":1,\"colour\":\"red\"}]}",
            400,
            "INVALID_FIELD",
            "lineItems[0].colour"),
        Arguments.of(
            "currency not offered",
            "{\"memberId\":\"MEMBER\",\"clientEmail\":\"a@b.test\",\"dueDate\":\""
                + due
                + "\",\"currency\":\"EUR\",\"lineItems\":[{\"totalCost\":1}]}",
            400,
            "INVALID_FIELD",
            "currency"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCreates")
  void badCreateIsRefusedAndCreatesNothing(
      String name, String body, int status, String code, String param) {
    TestApp.Party ownClient = APP.client();

    TestApp.Response response =
        APP.send(
            "POST",
            "/payments/client/invoice",
            ownClient.token(),
            body.replace("MEMBER", member.id()));

    assertProblem(response, status, code, param);
    assertThat(APP.get("/payments/client/invoice", ownClient.token()).json()).isEmpty();
  }

  @Test
  void bodyOverOneMebibyteIs413() {
    String padding = "x".repeat(1024 * 1024);
    TestApp.Response response =
        APP.send(
            "PATCH",
            "/payments/client/invoice/" + invoiceId,
            client.token(),
            "{\"status\":\"Open\",\"pad\":\"" + padding + "\"}");

    assertProblem(response, 413, "PAYLOAD_TOO_LARGE", null);
  }

  static Stream<Arguments> badIds() {
    return Stream.of(
        Arguments.of("over 128 characters", "a".repeat(129), 400),
        Arguments.of("control character", "abc%01def", 400),
        Arguments.of("never issued", "does-not-exist", 404));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badIds")
  void invalidOrUnknownIdIsRefused(String name, String id, int status) {
    TestApp.Response response = APP.get("/payments/client/invoice/" + id, client.token());

    assertProblem(
        response,
        status,
        status == 400 ? "INVALID_FIELD" : "NOT_FOUND",
        status == 400 ? "id" : null);
  }

  @Test
  void aPathJettyRefusesStillGetsTheErrorShape() {
    TestApp.Response response = APP.get("/payments/client/invoice/a%00b", client.token());

    assertProblem(response, 400, "BAD_REQUEST", null);
  }

  static Stream<Arguments> badRoutes() {
    return Stream.of(
        Arguments.of("GET", "/payments/client/invoices", 404, "NOT_FOUND"),
        Arguments.of("GET", "/nowhere", 404, "NOT_FOUND"),
        Arguments.of("DELETE", "/payments/client/invoice/some-id", 405, "METHOD_NOT_ALLOWED"),
        Arguments.of("PUT", "/payments/client/invoice", 405, "METHOD_NOT_ALLOWED"),
        Arguments.of("GET", "/payments/client/invoice/some-id/pay", 405, "METHOD_NOT_ALLOWED"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("badRoutes")
  void unknownRouteIs404AndWrongMethodIs405(String method, String path, int status, String code) {
    TestApp.Response response = APP.send(method, path, client.token(), null);

    assertProblem(response, status, code, null);
    if (status == 405) {
      assertThat(response.header("Allow")).isNotBlank();
    }
  }

  @Test
  void unexpectedFailureIs500WithRequestIdAndNoStackTrace() throws Exception {
    String broken = APP.createInvoice(client, member);
    try (var connection = java.sql.DriverManager.getConnection(TestDatabase.jdbcUrl());
        var statement =
            connection.prepareStatement("update invoices set state = '\"broken\"' where id = ?")) {
      statement.setString(1, broken);
      statement.executeUpdate();
    }

    // A server without the invoice cache reads what SQL wrote behind the servers' backs.
    TestApp uncached = TestApp.start(java.util.Map.of("WINGSPAN_INVOICE_CACHE", "false"));
    TestApp.Response response;
    try {
      response = uncached.get("/payments/client/invoice/" + broken, client.token());
    } finally {
      uncached.server.close();
    }

    assertProblem(response, 500, "INTERNAL_ERROR", null);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at app.wingspan");
    assertThat(response.json().path("detail").asText()).contains(response.header("X-Request-Id"));
  }

  /**
   * The one error shape: problem+json with code, param, error = detail, and the request id of the
   * header.
   */
  static void assertProblem(TestApp.Response response, int status, String code, String param) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode body = response.json();
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("code").asText()).isEqualTo(code);
    assertThat(body.path("type").asText()).isNotEmpty();
    assertThat(body.path("title").asText()).isNotEmpty();
    assertThat(body.path("detail").asText()).isNotEmpty();
    assertThat(body.path("error").asText()).isEqualTo(body.path("detail").asText());
    assertThat(body.path("requestId").asText())
        .isEqualTo(response.header("X-Request-Id"))
        .isNotEmpty();
    if (param == null) {
      assertThat(body.has("param")).as("param of " + body).isFalse();
    } else {
      assertThat(body.path("param").asText()).isEqualTo(param);
    }
  }
}
