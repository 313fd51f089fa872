package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where async continuations run: on the client's executor, whose threads are reused, or on the one
 * the user gives; never a new thread per callback (the JDK's default async pool on a machine of few
 * CPUs).
 */
class AsyncExecutorTest {

  private RecordingServer server;

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer();
    server.otherwise(json(200, INVOICE_JSON));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void sequentialAsyncCallsRunTheirCallbacksOnTheClientsReusedThreads() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    int calls = 30;
    try (Wingspan sdk = Fixtures.client(server).build()) {
      for (int i = 0; i < calls; i++) {
        sdk.clientInvoice()
            .getAsync("inv-1")
            .thenAccept(got -> threads.add(Thread.currentThread().getName()))
            .join();
      }
    }

    // A callback attached to a future that is already complete runs on the caller's thread (that is
    // CompletableFuture); every other one runs on the client's pool, whose threads are reused.
    threads.remove(Thread.currentThread().getName());
    assertThat(threads)
        .isNotEmpty()
        .allMatch(name -> name.startsWith("wingspan-sdk-"))
        .hasSizeLessThan(calls / 3);
  }

  @Test
  void callbacksAndRetriesRunOnTheExecutorGiven() throws Exception {
    server.enqueue(problem(503, "UNAVAILABLE", "later"));
    ExecutorService mine =
        Executors.newSingleThreadExecutor(task -> new Thread(task, "users-own-executor"));
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (Wingspan sdk = Fixtures.client(server).executor(mine).build()) {
      sdk.clientInvoice()
          .getAsync("inv-1")
          .thenAccept(got -> threads.add(Thread.currentThread().getName()))
          .join();
      sdk.clientInvoice()
          .getAsync("inv-1")
          .thenAccept(got -> threads.add(Thread.currentThread().getName()))
          .join();
    } finally {
      mine.shutdown();
    }

    assertThat(threads).containsExactly("users-own-executor");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void anExecutorThatRefusesWorkStrandsNoCall() {
    ExecutorService shutDown = Executors.newSingleThreadExecutor();
    shutDown.shutdown();
    try (Wingspan sdk = Fixtures.client(server).executor(shutDown).build()) {
      assertThat(sdk.clientInvoice().getAsync("inv-1").join().statusCode()).isEqualTo(200);
    }
  }
}
