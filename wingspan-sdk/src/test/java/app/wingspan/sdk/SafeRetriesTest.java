package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.hang;
import static app.wingspan.sdk.RecordingServer.json;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries that are right about what already happened: a PATCH always carries an Idempotency-Key and
 * is repeated only under it; an attempt that timed out is repeated when repeating is safe; a
 * client's retry quota stops an outage from multiplying its traffic.
 */
class SafeRetriesTest {

  private static final ClientInvoiceUpdateRequest SEND =
      ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build();

  private RecordingServer server;

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aConditionalUpdateWhoseAnswerTimedOutIsRepeatedUnderTheSameKey() {
    // The first attempt may have been applied: its answer never came. The repeat carries the same
    // key and If-Match, so a server that keeps keys replays the first answer instead of a 412.
    server.enqueue(hang(), json(200, INVOICE_JSON).header("ETag", "\"8\""));
    Wingspan sdk = Fixtures.client(server).requestTimeout(Duration.ofMillis(300)).build();

    UpdateClientInvoiceResponse updated =
        sdk.clientInvoice()
            .update("inv-1", SEND, RequestOptions.builder().ifMatch("\"7\"").build());

    assertThat(updated.etag()).hasValue("\"8\"");
    List<RecordingServer.Recorded> requests = server.requests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).header("Idempotency-Key"))
        .isNotBlank()
        .isEqualTo(requests.get(1).header("Idempotency-Key"));
    assertThat(requests.get(1).header("If-Match")).isEqualTo("\"7\"");
    assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
  }

  @Test
  void everyUpdateCarriesAFreshKeyUnlessGivenOne() {
    server.otherwise(json(200, INVOICE_JSON));
    Wingspan sdk = Fixtures.client(server).build();

    sdk.clientInvoice().update("inv-1", SEND);
    sdk.clientInvoice().update("inv-1", SEND);
    sdk.clientInvoice()
        .update("inv-1", SEND, RequestOptions.builder().idempotencyKey("order-42").build());

    List<RecordingServer.Recorded> requests = server.requests();
    assertThat(requests.get(0).header("Idempotency-Key"))
        .isNotEqualTo(requests.get(1).header("Idempotency-Key"));
    assertThat(requests.get(2).header("Idempotency-Key")).isEqualTo("order-42");
  }

  @Test
  void aTimedOutReadIsRetriedAndSucceeds() {
    server.enqueue(hang(), json(200, INVOICE_JSON));
    Wingspan sdk = Fixtures.client(server).requestTimeout(Duration.ofMillis(300)).build();

    assertThat(sdk.clientInvoice().get("inv-1").clientInvoice()).isPresent();
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void anEmptyRetryQuotaStopsRetriesUntilSuccessesRefillIt() {
    server.otherwise(problem(503, "UNAVAILABLE", "down"));
    // Room for two retries: the first failing call uses it up.
    Wingspan sdk = Fixtures.client(server).retryQuota(new RetryQuota(10, 5, 10)).build();

    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .isInstanceOf(ServerException.class)
        .hasMessageEndingWith("(attempt 3)");
    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .as("no tokens left: one attempt, no retry")
        .hasMessageEndingWith("(attempt 1)");
    assertThat(server.requests()).hasSize(4);

    server.otherwise(json(200, INVOICE_JSON));
    for (int i = 0; i < 5; i++) {
      sdk.clientInvoice().get("inv-1"); // each success puts a token back
    }
    server.enqueue(problem(503, "UNAVAILABLE", "down"));
    assertThat(sdk.clientInvoice().get("inv-1").statusCode())
        .as("refilled: retried again")
        .isEqualTo(200);
  }

  @Test
  void anUnlimitedQuotaRetriesEveryCallAsThePolicySays() {
    server.otherwise(problem(503, "UNAVAILABLE", "down"));
    Wingspan sdk = Fixtures.client(server).retryQuota(RetryQuota.unlimited()).build();

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
          .hasMessageEndingWith("(attempt 3)");
    }
  }

  @Test
  void theQuotaIsValidated() {
    assertThatThrownBy(() -> new RetryQuota(0, 5, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be at least 1, was 0");
    assertThatThrownBy(() -> new RetryQuota(10, -1, 10))
        .hasMessage("retryCost must not be negative, was -1");
    assertThat(RetryQuota.defaults()).isEqualTo(new RetryQuota(500, 5, 10));
  }
}
