package app.wingspan.sdk;

import java.time.Duration;

/** Shared test data: a token, an invoice body and a client configured for fast tests. */
final class Fixtures {

  static final String TOKEN = "tok_test_7f3a9c1e";

  static final String INVOICE_JSON =
      """
      {"invoiceId":"inv-1","status":"Open","amount":1234.50,"currency":"USD","dueDate":"2026-12-01",
       "lineItems":[{"description":"Design work","totalCost":1234.50}],
       "creditFeeHandling":{"clientPays":50.00,"memberPays":50.00},
       "someFieldFromTheFuture":{"nested":true}}
      """;

  /** Retries fast enough for tests, with a generous budget so only attempts end a call. */
  static final RetryPolicy FAST_RETRIES =
      RetryPolicy.builder()
          .maxAttempts(3)
          .initialBackoff(Duration.ofMillis(1))
          .maxBackoff(Duration.ofMillis(5))
          .maxElapsedTime(Duration.ofSeconds(60))
          .build();

  private Fixtures() {}

  static Wingspan.Builder client(RecordingServer server) {
    return client(server.url());
  }

  static Wingspan.Builder client(String url) {
    return Wingspan.builder()
        .serverURL(url)
        .bearerAuth(TOKEN)
        .retryPolicy(FAST_RETRIES)
        .requestTimeout(Duration.ofSeconds(20));
  }
}
