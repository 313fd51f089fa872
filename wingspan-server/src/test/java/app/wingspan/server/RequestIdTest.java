package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The caller's {@code X-Request-Id} (when it is a sane token) comes back on every answer and in
 * every error body, including the ones no route writes: requests Jetty refuses before routing, and
 * the replay of an idempotent request.
 */
class RequestIdTest {
  private static final TestApp APP = TestApp.shared();
  private static final String COLLECTION = "/payments/client/invoice";

  @ParameterizedTest(name = "GET {0}")
  @ValueSource(
      strings = {
        COLLECTION + "/a%00b",
        COLLECTION + "/a%zzb",
        COLLECTION + "/%00",
        COLLECTION + "/a%00b/fees",
        COLLECTION + "/x%C0%AF"
      })
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
}
