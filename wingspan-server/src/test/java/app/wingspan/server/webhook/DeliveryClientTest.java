package app.wingspan.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.WebhookHeaders;
import app.wingspan.sdk.Webhooks;
import app.wingspan.server.webhook.DeliveryClient.Delivery;
import app.wingspan.server.webhook.DeliveryResult.Outcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One delivery attempt against a real HTTP receiver on 127.0.0.1. Names resolve through a table the
 * test controls; the only addresses ever connected to are loopback ones.
 */
class DeliveryClientTest {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final byte[] PAYLOAD =
      "{\"eventId\":\"evt_1\",\"eventName\":\"Invoice.Paid\",\"entityName\":\"Invoice\",\"objectId\":\"inv-1\",\"objectVersion\":3,\"data\":{\"invoiceId\":\"inv-1\"}}"
          .getBytes(StandardCharsets.UTF_8);

  /** Timeouts generous enough for a loaded machine; only the timeout test uses a short one. */
  private static final DeliveryClient.Settings FAST =
      new DeliveryClient.Settings(
          Duration.ofSeconds(20), Duration.ofSeconds(30), 1024, "Wingspan-Webhooks/test");

  private Receiver receiver;
  private final AtomicInteger lookups = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    receiver = new Receiver();
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  /** A policy allowing loopback whose names resolve through {@code dns}, counting look-ups. */
  private EndpointPolicy policy(boolean allowLoopback, Function<Integer, List<String>> dns) {
    return new EndpointPolicy(
        allowLoopback,
        false,
        host -> {
          if (!host.equals("hooks.test") && !host.equals("localhost")) {
            throw new UnknownHostException(host);
          }
          return dns.apply(lookups.incrementAndGet()).stream()
              .map(EndpointPolicyTest::literal)
              .toList();
        });
  }

  private EndpointPolicy loopback() {
    return policy(true, n -> List.of("127.0.0.1"));
  }

  private Delivery to(String url) {
    return new Delivery(URI.create(url), "evt_1", PAYLOAD, List.of(SECRET));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + receiver.port() + path;
  }

  @Test
  void postsTheSignedPayloadWhichTheSdkVerifiesAgainstTheBytesReceived() {
    try (DeliveryClient client = new DeliveryClient(loopback(), FAST)) {
      DeliveryResult result = client.deliver(to(url("/hooks/wingspan")), NOW);

      assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
      assertThat(result.statusCode()).isEqualTo(204);
      assertThat(result.detail()).isEqualTo("HTTP 204");
    }
    Receiver.Received got = receiver.received.get(0);
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.path()).isEqualTo("/hooks/wingspan");
    assertThat(got.body()).isEqualTo(PAYLOAD);
    assertThat(got.headers())
        .containsEntry("content-type", "application/json")
        .containsEntry("user-agent", "Wingspan-Webhooks/test")
        .containsEntry("webhook-id", "evt_1")
        .containsEntry("webhook-timestamp", Long.toString(NOW.getEpochSecond()))
        .doesNotContainKeys("accept-encoding", "cookie", "authorization");

    WebhookEvent event =
        Webhooks.constructEvent(
            got.body(),
            WebhookHeaders.from(got.headers()::get),
            SECRET,
            Webhooks.DEFAULT_TOLERANCE,
            Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(event.eventId()).isEqualTo("evt_1");
    assertThat(event.objectVersion()).hasValue(3);
  }

  @Test
  void connectsToTheCheckedAddressWithTheUrlsHostInTheHostHeader() {
    // The first answer is checked and connected to. A client that looked the name up again to
    // connect would get 127.0.0.2, where nothing listens, and fail.
    EndpointPolicy policy = policy(true, n -> List.of(n == 1 ? "127.0.0.1" : "127.0.0.2"));
    try (DeliveryClient client = new DeliveryClient(policy, FAST)) {
      DeliveryResult result = client.deliver(to("http://localhost:" + receiver.port() + "/h"), NOW);
      assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
    }
    assertThat(receiver.received).hasSize(1);
    assertThat(receiver.received.get(0).headers())
        .containsEntry("host", "localhost:" + receiver.port());
  }

  @Test
  void aNameWhoseAnswerChangesIsCheckedOnTheAnswerConnectedTo() {
    // https, so the URL passes its own check; the name then resolves to this host, which this
    // policy refuses: the refusal comes from the look-up made to connect, and nothing is sent.
    EndpointPolicy noLoopback = policy(false, n -> List.of("127.0.0.1"));
    try (DeliveryClient client = new DeliveryClient(noLoopback, FAST)) {
      DeliveryResult result =
          client.deliver(to("https://hooks.test:" + receiver.port() + "/h"), NOW);

      assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT);
      assertThat(result.detail())
          .isEqualTo(
              "webhooks are not delivered to hooks.test (127.0.0.1): it is a loopback address"
                  + " (allowed only with loopback deliveries enabled)");
    }
    assertThat(lookups).hasValue(1);
    assertThat(receiver.received).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      169.254.169.254 | webhooks are not delivered to hooks.test (169.254.169.254): it is a cloud metadata address
      10.0.0.1        | webhooks are not delivered to hooks.test (10.0.0.1): it is a private-network address (allowed only with private-network deliveries enabled)
      fd00::1         | webhooks are not delivered to hooks.test (fd00:0:0:0:0:0:0:1): it is a private-network address (allowed only with private-network deliveries enabled)
      """)
  void refusesANameResolvingToAForbiddenAddressBeforeConnecting(String ip, String detail) {
    try (DeliveryClient client = new DeliveryClient(policy(true, n -> List.of(ip)), FAST)) {
      DeliveryResult result = client.deliver(to("https://hooks.test/h"), NOW);

      assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT);
      assertThat(result.statusCode()).isZero();
      assertThat(result.detail()).isEqualTo(detail);
    }
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      200 | DELIVERED | HTTP 200
      202 | DELIVERED | HTTP 202
      400 | RETRYABLE | HTTP 400
      429 | RETRYABLE | HTTP 429
      500 | RETRYABLE | HTTP 500
      503 | RETRYABLE | HTTP 503
      410 | PERMANENT | HTTP 410: the endpoint is gone
      """)
  void classifiesTheReceiversStatus(int status, Outcome outcome, String detail) {
    receiver.answering(Receiver.body(status, "ok".getBytes(StandardCharsets.UTF_8)));
    try (DeliveryClient client = new DeliveryClient(loopback(), FAST)) {
      DeliveryResult result = client.deliver(to(url("/h")), NOW);

      assertThat(result.outcome()).isEqualTo(outcome);
      assertThat(result.statusCode()).isEqualTo(status);
      assertThat(result.detail()).isEqualTo(detail);
      assertThat(result.responseBody()).isEqualTo("ok");
    }
  }

  @Test
  void aFailedAttemptAndItsRetryCarryTheSameEventIdWithFreshSignatures() {
    try (DeliveryClient client = new DeliveryClient(loopback(), FAST)) {
      receiver.answering(Receiver.status(500));
      assertThat(client.deliver(to(url("/h")), NOW).detail()).isEqualTo("HTTP 500");
      receiver.answering(Receiver.status(200));
      assertThat(client.deliver(to(url("/h")), NOW.plusSeconds(30)).outcome())
          .isEqualTo(Outcome.DELIVERED);
    }
    assertThat(receiver.received).hasSize(2);
    Map<String, String> first = receiver.received.get(0).headers();
    Map<String, String> retry = receiver.received.get(1).headers();
    assertThat(retry.get("webhook-id")).isEqualTo(first.get("webhook-id")).isEqualTo("evt_1");
    assertThat(retry.get("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond() + 30));
    assertThat(retry.get("webhook-signature")).isNotEqualTo(first.get("webhook-signature"));
  }

  @Test
  void doesNotFollowARedirect() throws IOException {
    try (Receiver elsewhere = new Receiver()) {
      receiver.answering(
          exchange -> {
            exchange
                .getResponseHeaders()
                .add("Location", "http://127.0.0.1:" + elsewhere.port() + "/stolen");
            Receiver.respond(exchange, 307, new byte[0]);
          });
      try (DeliveryClient client = new DeliveryClient(loopback(), FAST)) {
        DeliveryResult result = client.deliver(to(url("/h")), NOW);

        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(result.detail()).isEqualTo("HTTP 307: redirects are not followed");
      }
      assertThat(elsewhere.received).isEmpty();
    }
  }

  @Test
  void discardsAResponseBodyOverTheCapAndKeepsItsStatus() {
    receiver.answering(Receiver.body(200, new byte[1024 * 1024]));
    try (DeliveryClient client = new DeliveryClient(loopback(), FAST)) {
      DeliveryResult result = client.deliver(to(url("/h")), NOW);

      assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
      assertThat(result.statusCode()).isEqualTo(200);
      assertThat(result.detail()).isEqualTo("HTTP 200 (response body over 1024 bytes, discarded)");
      assertThat(result.responseBody()).isEmpty();
    }
  }

  @Test
  void givesUpOnAReceiverThatDoesNotAnswerInTime() {
    CountDownLatch release = new CountDownLatch(1);
    receiver.answering(
        exchange -> {
          release.await(); // answers only after the client has given up
          Receiver.respond(exchange, 200, new byte[0]);
        });
    DeliveryClient.Settings impatient =
        new DeliveryClient.Settings(
            Duration.ofSeconds(20), Duration.ofSeconds(1), 1024, "Wingspan-Webhooks/test");
    try (DeliveryClient client = new DeliveryClient(loopback(), impatient)) {
      DeliveryResult result = client.deliver(to(url("/slow")), NOW);

      assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
      assertThat(result.statusCode()).isZero();
      assertThat(result.detail()).isEqualTo("no response within PT1S");
      assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    } finally {
      release.countDown();
    }
  }

  @Test
  void aReceiverThatIsDownIsRetryable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (DeliveryClient client = new DeliveryClient(loopback(), FAST)) {
      DeliveryResult result = client.deliver(to("http://127.0.0.1:" + closedPort + "/h"), NOW);

      assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
      assertThat(result.detail()).startsWith("connection failed");
    }
  }

  @Test
  void aNameThatDoesNotResolveIsRetryable() {
    try (DeliveryClient client = new DeliveryClient(loopback(), FAST)) {
      DeliveryResult result = client.deliver(to("https://unknown.test/h"), NOW);

      assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
      assertThat(result.detail()).isEqualTo("host not found: unknown.test");
    }
  }

  @Test
  void refusesAUrlThePolicyRefusesWithoutConnecting() {
    try (DeliveryClient client =
        new DeliveryClient(policy(false, n -> List.of("127.0.0.1")), FAST)) {
      DeliveryResult result = client.deliver(to(url("/h")), NOW);

      assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT);
      assertThat(result.detail()).isEqualTo("a webhook URL must use https");
    }
    assertThat(receiver.received).isEmpty();
  }

  @Test
  void neverShowsTheSecretInWhatItReturnsOrPrints() {
    Delivery delivery =
        new Delivery(URI.create(url("/h?token=abc")), "evt_1", PAYLOAD, List.of(SECRET));
    try (DeliveryClient client = new DeliveryClient(loopback(), FAST)) {
      DeliveryResult result = client.deliver(delivery, NOW);

      assertThat(result.toString()).doesNotContain(SECRET).doesNotContain("MfKQ9r8G");
    }
    assertThat(delivery.toString())
        .isEqualTo("Delivery[evt_1 to http://127.0.0.1:" + receiver.port() + "]");
  }
}
