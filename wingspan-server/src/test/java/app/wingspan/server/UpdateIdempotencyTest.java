package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A PATCH under an Idempotency-Key, as on create and pay: a repeat with the same key and body
 * replays the first answer (body and ETag), so a client that lost the answer of a conditional write
 * never sees its own write as a 412 or 409; another body under the key is a 422.
 */
class UpdateIdempotencyTest {
  private static final TestApp APP = TestApp.shared();
  private static final String SEND = "{\"status\":\"Open\"}";

  @Test
  void aRepeatedConditionalPatchReplaysTheFirstAnswerInsteadOfA412() {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());
    String etag = APP.get(UpdateTest.path(id), client.token()).header("ETag");

    TestApp.Response first = patch(client, id, SEND, "If-Match", etag, "Idempotency-Key", "p-1");
    TestApp.Response again = patch(client, id, SEND, "If-Match", etag, "Idempotency-Key", "p-1");
    TestApp.Response withoutKey = patch(client, id, SEND, "If-Match", etag);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.header("ETag")).isNotEqualTo(etag);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(withoutKey.status())
        .as("the same write without its key is a conflict")
        .isEqualTo(412);
  }

  @Test
  void theReplayIsTheFirstAnswerEvenAfterTheInvoiceChangedAgain() {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());

    TestApp.Response first = patch(client, id, SEND, "Idempotency-Key", "p-2");
    TestApp.Response cancelled = patch(client, id, "{\"status\":\"Cancelled\"}");
    TestApp.Response again = patch(client, id, SEND, "Idempotency-Key", "p-2");

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("status").asText()).isEqualTo("Open");
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(APP.get(UpdateTest.path(id), client.token()).json().path("status").asText())
        .as("a replay changes nothing")
        .isEqualTo("Cancelled");
  }

  @Test
  void anotherBodyUnderTheSameKeyIs422AndChangesNothing() {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());
    patch(client, id, SEND, "Idempotency-Key", "p-3");
    String before = APP.get(UpdateTest.path(id), client.token()).body();

    TestApp.Response other =
        patch(client, id, "{\"status\":\"Cancelled\"}", "Idempotency-Key", "p-3");

    BadInputTest.assertProblem(other, 422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key");
    assertThat(APP.get(UpdateTest.path(id), client.token()).body()).isEqualTo(before);
  }

  @Test
  void aRefusedPatchRecordsNothingSoACorrectedRetryMayUseTheKey() {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());
    String etag = APP.get(UpdateTest.path(id), client.token()).header("ETag");

    TestApp.Response stale =
        patch(client, id, SEND, "If-Match", "\"999\"", "Idempotency-Key", "p-4");
    TestApp.Response corrected =
        patch(client, id, SEND, "If-Match", etag, "Idempotency-Key", "p-4");

    assertThat(stale.status()).isEqualTo(412);
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
  }

  @Test
  void keysAreScopedToTheInvoice() {
    TestApp.Party client = APP.client();
    String one = APP.createInvoice(client, APP.member());
    String two = APP.createInvoice(client, APP.member());

    patch(client, one, SEND, "Idempotency-Key", "p-5");
    TestApp.Response other = patch(client, two, SEND, "Idempotency-Key", "p-5");

    assertThat(other.status()).isEqualTo(200);
    assertThat(other.json().path("invoiceId").asText()).isEqualTo(two);
  }

  private static TestApp.Response patch(
      TestApp.Party client, String id, String body, String... headers) {
    return APP.send("PATCH", UpdateTest.path(id), client.token(), body, headers);
  }
}
