package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What close() releases, what it leaves alone, and the client's timer thread, which is not static.
 */
class LifecycleTest {

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
  void noThreadOutlivesTheClientsThatStartedIt() throws InterruptedException {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    int clients = 50;
    for (int i = 0; i < clients; i++) {
      try (Wingspan sdk = Fixtures.client(server).build()) {
        sdk.clientInvoice().get("inv-1");
        sdk.clientInvoice().getAsync("inv-1").join();
      }
    }

    // JDK 21+ closes the HttpClient (its selector thread included); on 17 the selector thread ends
    // once the
    // closed client is garbage, which this test does not wait for. The SDK's own threads end at
    // close().
    boolean jdkCloses = Runtime.version().feature() >= 21;
    List<String> left =
        awaitNoNewThreads(
            before,
            name ->
                name.startsWith("wingspan-sdk-") || (jdkCloses && name.startsWith("HttpClient-")));
    System.out.printf(
        "threads started by %d clients still alive after close(): %d %s%n",
        clients, left.size(), left);
    assertThat(left).isEmpty();
  }

  @Test
  void callsAfterCloseFailClearly() {
    Wingspan sdk = Fixtures.client(server).build();
    sdk.clientInvoice().get("inv-1");
    sdk.close();
    sdk.close(); // idempotent

    assertThat(sdk.isClosed()).isTrue();
    assertThat(sdk.toString()).endsWith("(closed)");
    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(
            "GET /payments/client/invoice/inv-1 was not sent: this Wingspan client is closed");
    assertThatThrownBy(() -> sdk.clientInvoice().listAsync())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("this Wingspan client is closed");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void anHttpClientTheUserSuppliedStaysOpen() throws Exception {
    HttpClient mine = HttpClient.newBuilder().build();
    Wingspan sdk = Fixtures.client(server).httpClient(mine).build();
    sdk.clientInvoice().get("inv-1");

    sdk.close();

    HttpResponse<String> stillWorks =
        mine.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/x")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(stillWorks.statusCode()).isEqualTo(200);
  }

  @Test
  void theTimerThreadStartsOnDemandAndEndsWhenIdle() throws InterruptedException {
    try (Timers timers = new Timers(Duration.ofMillis(50))) {
      assertThat(timers.threadAlive()).isFalse();

      CountDownLatch ran = new CountDownLatch(1);
      timers.schedule(ran::countDown, Duration.ofMillis(1));
      assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
      awaitFalse(timers::threadAlive);

      CountDownLatch again = new CountDownLatch(1);
      timers.schedule(again::countDown, Duration.ofMillis(1));
      assertThat(again.await(10, TimeUnit.SECONDS))
          .as("a deadline after the idle end starts a new thread")
          .isTrue();
    }
  }

  @Test
  void anErrorInOneTaskDoesNotStopTheOthers() throws InterruptedException {
    try (Timers timers = new Timers(Duration.ofSeconds(5))) {
      CountDownLatch ran = new CountDownLatch(1);
      timers.schedule(
          () -> {
            throw new AssertionError("a task that throws an Error");
          },
          Duration.ofMillis(1));
      timers.schedule(ran::countDown, Duration.ofMillis(20));
      assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void closingTheTimerEndsItsThreadAndDropsPendingDeadlines() throws InterruptedException {
    Timers timers = new Timers(Duration.ofSeconds(30));
    AtomicInteger ran = new AtomicInteger();
    timers.schedule(ran::incrementAndGet, Duration.ofMillis(200));
    assertThat(timers.threadAlive()).isTrue();

    timers.close();

    awaitFalse(timers::threadAlive);
    Thread.sleep(300);
    assertThat(ran).hasValue(0);
  }

  private static List<String> awaitNoNewThreads(
      Set<Thread> before, java.util.function.Predicate<String> ours) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    List<String> left;
    do {
      left = new ArrayList<>();
      for (Thread thread : Thread.getAllStackTraces().keySet()) {
        if (!before.contains(thread) && thread.isAlive() && ours.test(thread.getName())) {
          left.add(thread.getName());
        }
      }
      if (left.isEmpty()) {
        return left;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < deadline);
    return left.stream().sorted().collect(Collectors.toList());
  }

  private static void awaitFalse(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition still true after 10 s").isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
