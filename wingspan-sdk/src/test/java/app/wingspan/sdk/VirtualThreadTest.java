package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * Synchronous calls from virtual threads (Java 21+; the build compiles for 17, so the executor is
 * looked up by name). Runs under wingspan-sdk/jdk-matrix.sh on a newer JDK; skipped on 17.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadTest {

  @Test
  void manySynchronousCallsFromVirtualThreads() throws Exception {
    ExecutorService virtual =
        (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    try (RecordingServer server = new RecordingServer();
        Wingspan sdk = Fixtures.client(server).build()) {
      server.otherwise(json(200, INVOICE_JSON));
      List<Future<Boolean>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        calls.add(
            virtual.submit(
                () -> {
                  boolean isVirtual =
                      (boolean) Thread.class.getMethod("isVirtual").invoke(Thread.currentThread());
                  return isVirtual && sdk.clientInvoice().get("inv-1").clientInvoice().isPresent();
                }));
      }
      for (Future<Boolean> call : calls) {
        assertThat(call.get()).isTrue();
      }
      assertThat(server.requests()).hasSize(200);
    } finally {
      virtual.shutdownNow();
    }
  }
}
