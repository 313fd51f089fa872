package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One client shared by many threads: every call gets its own answer and its own idempotency key.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 20;

  @Test
  void oneClientServesManyThreadsSyncAndAsync() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    try (RecordingServer server = new RecordingServer()) {
      server.otherwise(json(200, INVOICE_JSON));
      Wingspan sdk = Fixtures.client(server).build();
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        boolean async = t % 2 == 0;
        results.add(
            callers.submit(
                () -> {
                  int ok = 0;
                  for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    CreateClientInvoiceResponse response =
                        async
                            ? sdk.clientInvoice().createAsync(TestRequests.CREATE).join()
                            : sdk.clientInvoice().create(TestRequests.CREATE);
                    ok += response.clientInvoice().isPresent() ? 1 : 0;
                  }
                  return ok;
                }));
      }
      int succeeded = 0;
      for (Future<Integer> result : results) {
        succeeded += result.get();
      }

      assertThat(succeeded).isEqualTo(THREADS * CALLS_PER_THREAD);
      assertThat(server.requests()).hasSize(THREADS * CALLS_PER_THREAD);
      assertThat(server.requests())
          .extracting(r -> r.header("Idempotency-Key"))
          .doesNotHaveDuplicates()
          .doesNotContainNull();
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void manyAsyncCallsInFlightAtOnce() throws IOException {
    try (RecordingServer server = new RecordingServer()) {
      server.otherwise(json(200, INVOICE_JSON));
      Wingspan sdk = Fixtures.client(server).build();
      List<CompletableFuture<GetClientInvoiceResponse>> futures = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        futures.add(sdk.clientInvoice().getAsync("inv-" + i));
      }

      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();

      assertThat(server.requests())
          .extracting(RecordingServer.Recorded::rawPath)
          .hasSize(100)
          .doesNotHaveDuplicates();
    }
  }
}
