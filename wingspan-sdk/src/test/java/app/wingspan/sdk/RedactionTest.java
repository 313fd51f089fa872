package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.TOKEN;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * The bearer token, and header values that may be credentials, never show in toString() or
 * exceptions.
 */
class RedactionTest {

  @Test
  void clientAndBuilderDescribeTheirSettingsWithoutTheToken() {
    Wingspan.Builder builder =
        Wingspan.builder()
            .serverURL("http://localhost:8080/api/")
            .bearerAuth(TOKEN)
            .header("X-Api-Secret", "header-secret-1");

    assertThat(builder.toString())
        .isEqualTo(
            "Wingspan.Builder{serverURL=http://localhost:8080/api, auth=bearer token, connectTimeout=PT10S, "
                + "requestTimeout=PT30S, retryPolicy="
                + RetryPolicy.defaults()
                + ", retryQuota="
                + RetryQuota.defaults()
                + ", headers=[X-Api-Secret], listeners=0}")
        .doesNotContain(TOKEN, "header-secret-1");
    assertThat(builder.build().toString())
        .startsWith("Wingspan{serverURL=http://localhost:8080/api, auth=bearer token,")
        .doesNotContain(TOKEN, "header-secret-1");
  }

  @Test
  void aTokenSupplierIsNeverCalledForToString() {
    Wingspan sdk =
        Wingspan.builder()
            .bearerAuth(
                () -> {
                  throw new AssertionError("toString must not ask for the token");
                })
            .build();

    assertThat(sdk.toString()).contains("auth=bearer token supplier");
  }

  @Test
  void requestOptionsHideHeaderValuesAndTheIdempotencyKey() {
    RequestOptions options =
        RequestOptions.builder()
            .header("Authorization", "Bearer " + TOKEN)
            .idempotencyKey("key-secret")
            .build();

    assertThat(options.toString())
        .isEqualTo(
            "RequestOptions{timeout=null, retryPolicy=null, idempotencyKey=set, headers=[Authorization]}");
  }

  @Test
  void exceptionsNeverCarryTheToken() throws IOException {
    String closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = "http://127.0.0.1:" + probe.getLocalPort();
    }
    try (RecordingServer server = new RecordingServer()) {
      server.otherwise(problem(401, "UNAUTHORIZED", "Bearer token not recognised"));
      Throwable unauthorized =
          catchThrowable(() -> Fixtures.client(server).build().clientInvoice().get("inv-1"));
      Throwable network =
          catchThrowable(
              () ->
                  Fixtures.client(closedPort)
                      .retryPolicy(RetryPolicy.none())
                      .build()
                      .clientInvoice()
                      .update("inv-1"));

      assertThat(unauthorized).isInstanceOf(UnauthorizedException.class);
      assertThat(network).isInstanceOf(NetworkException.class);
      assertThat(stackTrace(unauthorized)).doesNotContain(TOKEN);
      assertThat(stackTrace(network)).doesNotContain(TOKEN);
    }
  }

  @Test
  void aBadTokenIsRefusedWithoutEchoingIt() {
    Throwable thrown =
        catchThrowable(() -> Wingspan.builder().bearerAuth("secret\nInjected: header"));

    assertThat(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bearer token contains a character not allowed in an HTTP header");
    assertThat(stackTrace(thrown)).doesNotContain("secret");
  }

  @Test
  void aBadHeaderValueIsRefusedWithoutEchoingIt() {
    Throwable thrown =
        catchThrowable(() -> RequestOptions.builder().header("X-Key", "secret\r\nX: y"));

    assertThat(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header 'X-Key' is restricted or not valid in HTTP");
    assertThat(stackTrace(thrown)).doesNotContain("secret");
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
