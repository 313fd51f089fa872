package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The caller's {@code X-Request-Id} (when it is a sane token) comes back on every answer and in
 * every error body, including the ones no route writes: requests Jetty refuses before routing, and
 * the replay of an idempotent request.
 */
class RequestIdEchoTest {
  private static final TestApp APP = TestApp.shared();
  private static final String COLLECTION = "/payments/client/invoice";

  /**
   * Refused by the HTTP layer once its headers are read: the caller's id. (A target Jetty cannot
   * parse at all, such as {@code a%00b} or {@code a%zzb}, is refused from the request line, before
   * any header is read: that answer has a fresh id, as docs/server.md says.)
   */
  @ParameterizedTest(name = "GET {0}")
  @ValueSource(strings = {COLLECTION + "/x%C0%AF", COLLECTION + "/%C0%AF/fees"})
  void aRequestRefusedBeforeRoutingEchoesTheCallersId(String target) {
    TestApp.Party client = APP.client();
    try (RawHttp connection = new RawHttp(APP.server.port())) {
      RawHttp.Reply reply =
          connection.exchange(
              "GET "
                  + target
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + client.token()
                  + "\r\nX-Request-Id: caller-id.1\r\n\r\n");

      assertThat(reply.status()).as(reply.text()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.header("X-Request-Id")).isEqualTo("caller-id.1");
      assertThat(reply.json().path("requestId").asText()).isEqualTo("caller-id.1");
      assertThat(reply.json().path("code").asText()).isEqualTo("BAD_REQUEST");
    }
  }

  /**
   * A request target longer than the HTTP layer reads is 414, in the error shape, on every invoice
   * operation, as openapi.yaml declares (refused from the request line: a fresh id).
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET,   /payments/client/invoice",
    "POST,  /payments/client/invoice",
    "GET,   /payments/client/invoice/{id}",
    "PATCH, /payments/client/invoice/{id}",
    "POST,  /payments/client/invoice/{invoice_id}/pay",
    "GET,   /payments/client/invoice/{invoice_id}/fees"
  })
  void aTargetTooLongIs414AsDeclared(String method, String operation) {
    String target = operation.replaceAll("\\{[a-z_]+}", "x") + "?pad=" + "a".repeat(9_000);
    try (RawHttp connection = new RawHttp(APP.server.port())) {
      RawHttp.Reply reply =
          connection.exchange(
              method
                  + " "
                  + target
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: long-1\r\n"
                  + "Content-Length: 0\r\n\r\n");

      assertThat(reply.status()).isEqualTo(414);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.json().path("code").asText()).isEqualTo("HTTP_414");
      assertThat(reply.json().path("requestId").asText()).isEqualTo(reply.header("X-Request-Id"));
      WireContracts.assertDeclared(method, operation, 414, "HTTP_414");
    }
  }

  @Test
  void aReplayedCreateCarriesTheRetrysOwnIdAndSaysItIsAReplay() {
    TestApp.Party client = APP.client();
    String body = TestApp.createBody(APP.member().id());

    TestApp.Response first =
        APP.send(
            "POST",
            COLLECTION,
            client.token(),
            body,
            "Idempotency-Key",
            "replay-1",
            "X-Request-Id",
            "first-try");
    TestApp.Response replay =
        APP.send(
            "POST",
            COLLECTION,
            client.token(),
            body,
            "Idempotency-Key",
            "replay-1",
            "X-Request-Id",
            "second-try");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("X-Request-Id")).isEqualTo("first-try");
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(replay.header("X-Request-Id")).isEqualTo("second-try");
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(APP.get(COLLECTION, client.token()).json()).hasSize(1);
  }

  @Test
  void aReplayedRefusalCarriesTheRetrysIdInItsBodyToo() {
    TestApp.Party client = APP.client();
    String id = APP.sentInvoice(client, APP.member());
    String declined = "{\"paymentMethodId\":\"pm_card_chargeDeclined\"}";

    TestApp.Response first =
        APP.pay(client, id, declined, "Idempotency-Key", "pay-1", "X-Request-Id", "pay-first");
    TestApp.Response replay =
        APP.pay(client, id, declined, "Idempotency-Key", "pay-1", "X-Request-Id", "pay-second");

    assertThat(first.status()).isEqualTo(402);
    assertThat(first.json().path("requestId").asText()).isEqualTo("pay-first");
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(replay.status()).isEqualTo(402);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.header("X-Request-Id")).isEqualTo("pay-second");
    assertThat(replay.json().path("requestId").asText()).isEqualTo("pay-second");
    // Otherwise the first answer, word for word.
    assertThat(replay.body().replace("pay-second", "pay-first")).isEqualTo(first.body());
  }
}
