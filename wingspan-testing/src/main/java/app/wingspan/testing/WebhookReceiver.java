package app.wingspan.testing;

import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.Webhooks;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A webhook endpoint of the test server's: a real HTTP endpoint on 127.0.0.1, registered as a
 * webhook preference of one account with a secret it generated, that verifies every delivery with
 * the SDK ({@link Webhooks#constructEvent} on the raw bytes, against the server's clock) and keeps
 * it, so a test can wait for an event and assert on the invoice it carries.
 *
 * <pre>{@code
 * WebhookReceiver hooks = server.webhooks().listen();            // the ready client, every event
 * sdk.clientInvoice().pay(id, PayRequest.builder().paymentMethodId("pm_card_visa").build());
 * WebhookEvent paid = hooks.awaitEvent("Invoice.Paid", WebhookReceiver.about(id));
 * assertThat(paid.invoice().orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
 * }</pre>
 *
 * <p>A delivery that verifies is answered 200 (unless the fault switch says otherwise: {@link
 * #failNext}, {@link #hangNext}); one that does not is answered 400, kept with its reason ({@link
 * #rejected()}), and never counts as an event. It stops, and is forgotten, at the server's {@link
 * WingspanTestServer#reset() reset} (before every test), or when closed. Thread-safe.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** How long {@link #awaitEvent(String)} waits: 10 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The longest wall-clock wait of {@link #awaitEventAdvancingClock} for one event: 60 seconds. */
  public static final Duration ADVANCING_TIMEOUT = Duration.ofSeconds(60);

  /** How long the server must stay quiet before the clock is moved to its next attempt. */
  private static final Duration QUIET = Duration.ofMillis(300);

  /**
   * How long nothing may happen, with nothing due within the limit, before an advancing await gives
   * up: long enough for work that was running to finish and for the server to dispatch the events
   * it caused.
   */
  private static final Duration IDLE = Duration.ofSeconds(2);

  private final TestAccount account;
  private final TestClock clock;
  private final Supplier<PendingWork> pendingWork;
  private final ReceiverEndpoint endpoint;
  private final List<ReceivedWebhook> deliveries = new ArrayList<>();
  private volatile String preferenceId;
  private volatile List<String> subscribedEvents = List.of();
  private volatile boolean closed;

  WebhookReceiver(TestAccount account, TestClock clock, Supplier<PendingWork> pendingWork) {
    this.account = account;
    this.clock = clock;
    this.pendingWork = pendingWork;
    this.endpoint = new ReceiverEndpoint(clock, this::record);
  }

  /** Records the preference the receiver was registered as. */
  void registered(String preferenceId, List<String> subscribedEvents) {
    this.preferenceId = preferenceId;
    this.subscribedEvents = List.copyOf(subscribedEvents);
  }

  /**
   * A predicate for the {@code awaitEvent} methods: the event is about the object (for invoice
   * events, the invoice) with this id.
   *
   * @param objectId an invoice id, say
   * @return a predicate on {@link WebhookEvent#objectId()}, described by the id in failure messages
   */
  public static Predicate<WebhookEvent> about(String objectId) {
    return new About(Objects.requireNonNull(objectId, "objectId"));
  }

  /** {@link #about}'s predicate, which failure messages name. */
  private record About(String objectId) implements Predicate<WebhookEvent> {
    @Override
    public boolean test(WebhookEvent event) {
      return event.objectId().filter(objectId::equals).isPresent();
    }

    @Override
    public String toString() {
      return "about " + objectId;
    }
  }

  /**
   * The endpoint's URL, as registered in the preference.
   *
   * @return {@code http://127.0.0.1:<port>/wingspan-webhooks}
   */
  public URI url() {
    return endpoint.url();
  }

  /**
   * The id of the webhook preference the receiver is registered as.
   *
   * @return the {@code webhookPreferenceId}, for {@code sdk.webhooks().get/update/delete}
   */
  public String preferenceId() {
    return preferenceId;
  }

  /**
   * The account whose preference it is: a client's hears of the invoices it is billed on, a
   * member's of those it issued.
   *
   * @return the account
   */
  public TestAccount account() {
    return account;
  }

  /**
   * The event names the preference subscribes to.
   *
   * @return the names, as registered
   */
  public List<String> subscribedEvents() {
    return subscribedEvents;
  }

  /**
   * The shared secret the receiver generated and registered ({@code whsec_} and 32 random bytes in
   * base64), for a test that hands a {@link ReceivedWebhook} to its own handler to verify. The
   * receiver verifies with it already; most tests never need it.
   *
   * @return the secret
   */
  public String secret() {
    return endpoint.secret();
  }

  /**
   * The events of the deliveries it accepted, in the order they first arrived, each once however
   * often it was delivered (use {@link #deliveries()} to see every delivery).
   *
   * @return the accepted events, de-duplicated on {@link WebhookEvent#eventId()}
   */
  public synchronized List<WebhookEvent> events() {
    Map<String, WebhookEvent> byId = new LinkedHashMap<>();
    for (ReceivedWebhook delivery : deliveries) {
      if (delivery.accepted()) {
        WebhookEvent event = delivery.event().orElseThrow();
        byId.putIfAbsent(event.eventId(), event);
      }
    }
    return List.copyOf(byId.values());
  }

  /**
   * Every request it got, in order of arrival: retries and duplicates each on their own (the same
   * {@link ReceivedWebhook#webhookId()}), deliveries failed by the fault switch, and those that did
   * not verify.
   *
   * @return the deliveries so far
   */
  public synchronized List<ReceivedWebhook> deliveries() {
    return List.copyOf(deliveries);
  }

  /**
   * The deliveries of one event: its first attempt and every retry or duplicate.
   *
   * @param eventId the event id ({@code webhook-id})
   * @return its deliveries, in order of arrival
   */
  public synchronized List<ReceivedWebhook> deliveriesOf(String eventId) {
    return deliveries.stream().filter(d -> eventId.equals(d.webhookId())).toList();
  }

  /**
   * The deliveries that did not verify (answered 400): a test asserts this is empty to know every
   * delivery was signed right.
   *
   * @return the rejected deliveries, each with its {@link ReceivedWebhook#rejection()}
   */
  public synchronized List<ReceivedWebhook> rejected() {
    return deliveries.stream().filter(d -> !d.verified()).toList();
  }

  /**
   * Waits up to {@link #DEFAULT_TIMEOUT} for an accepted event of this name.
   *
   * @param eventName such as {@code Invoice.Paid}
   * @return the first such event
   * @throws AssertionError when none arrives in time, listing what did arrive
   */
  public WebhookEvent awaitEvent(String eventName) {
    return awaitEvent(eventName, event -> true, DEFAULT_TIMEOUT);
  }

  /**
   * Waits up to {@link #DEFAULT_TIMEOUT} for an accepted event of this name that {@code matches}.
   *
   * @param eventName such as {@code Invoice.Paid}
   * @param matches what the event satisfies, e.g. {@link #about about(invoiceId)}
   * @return the first such event
   * @throws AssertionError when none arrives in time, listing what did arrive
   */
  public WebhookEvent awaitEvent(String eventName, Predicate<WebhookEvent> matches) {
    return awaitEvent(eventName, matches, DEFAULT_TIMEOUT);
  }

  /**
   * Waits for an accepted event of this name.
   *
   * @param eventName such as {@code Invoice.Paid}
   * @param timeout how long to wait at most
   * @return the first such event
   * @throws AssertionError when none arrives in time, listing what did arrive
   */
  public WebhookEvent awaitEvent(String eventName, Duration timeout) {
    return awaitEvent(eventName, event -> true, timeout);
  }

  /**
   * Waits for an accepted event of this name that {@code matches}; an event that arrived before the
   * call counts. The clock is not moved: a retry the server scheduled after a failed delivery comes
   * when the test moves the clock past it (see {@link #awaitEventAdvancingClock}).
   *
   * @param eventName such as {@code Invoice.Paid}
   * @param matches what the event satisfies, e.g. {@link #about about(invoiceId)}
   * @param timeout how long to wait at most
   * @return the first such event
   * @throws AssertionError when none arrives in time, listing what did arrive
   */
  public synchronized WebhookEvent awaitEvent(
      String eventName, Predicate<WebhookEvent> matches, Duration timeout) {
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(matches, "matches");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<WebhookEvent> found = find(eventName, matches);
      if (found.isPresent()) {
        return found.get();
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw notArrived(eventName, matches, "within " + timeout);
      }
      waitFor(left);
    }
  }

  /**
   * Waits for an accepted event as {@link #awaitEvent(String, Predicate, Duration)} does, and
   * whenever the server has gone quiet with delivery attempts still scheduled (the retries after
   * deliveries this receiver failed), moves the server's clock to the next one, so a retry due in
   * half an hour runs now. The clock moves by at most {@code maxClockAdvance} in all, and stays
   * where it got to; work of other kinds that falls due on the way (bank settlements, reminders)
   * runs too, as it would in that much time.
   *
   * <pre>{@code
   * WebhookReceiver paidOnly = server.webhooks().listen("Invoice.Paid");
   * paidOnly.failNext(2);                                  // 500, 500, then 200
   * ...pay the invoice...
   * WebhookEvent paid =
   *     paidOnly.awaitEventAdvancingClock("Invoice.Paid", about(id), Duration.ofHours(1));
   * assertThat(paidOnly.deliveriesOf(paid.eventId())).extracting(ReceivedWebhook::status)
   *     .containsExactly(500, 500, 200);
   * }</pre>
   *
   * @param eventName such as {@code Invoice.Paid}
   * @param matches what the event satisfies
   * @param maxClockAdvance how far the server's clock may be moved in all
   * @return the first such event
   * @throws AssertionError when none arrives within {@link #ADVANCING_TIMEOUT} of wall-clock time,
   *     or nothing arrives for 3 seconds with nothing more scheduled within {@code maxClockAdvance}
   */
  public synchronized WebhookEvent awaitEventAdvancingClock(
      String eventName, Predicate<WebhookEvent> matches, Duration maxClockAdvance) {
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(matches, "matches");
    if (maxClockAdvance.isNegative()) {
      throw new IllegalArgumentException(
          "maxClockAdvance must not be negative, was " + maxClockAdvance);
    }
    Instant limit = clock.instant().plus(maxClockAdvance);
    long deadline = System.nanoTime() + ADVANCING_TIMEOUT.toNanos();
    long idleSince = System.nanoTime();
    while (true) {
      Optional<WebhookEvent> found = find(eventName, matches);
      if (found.isPresent()) {
        return found.get();
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw notArrived(
            eventName,
            matches,
            "within " + ADVANCING_TIMEOUT + " with the clock moved to " + limit);
      }
      int before = deliveries.size();
      waitFor(Math.min(left, QUIET.toNanos()));
      if (deliveries.size() != before) {
        idleSince = System.nanoTime();
        continue; // the server is busy: let it go on at this time
      }
      PendingWork pending = pendingWork.get();
      if (pending.busy()) {
        idleSince = System.nanoTime(); // work is running or due: let the server catch up first
        continue;
      }
      Instant due = pending.nextDue();
      if (due != null && !due.isAfter(limit)) {
        clock.advance(Duration.between(clock.instant(), due));
        idleSince = System.nanoTime();
      } else if (System.nanoTime() - idleSince > IDLE.toNanos()) {
        throw notArrived(
            eventName,
            matches,
            (due != null
                    ? "before the server's next scheduled work at " + due + ", past the clock's"
                    : "with no more work scheduled by the server within the clock's")
                + " limit "
                + limit);
      }
    }
  }

  /**
   * Waits until at least {@code count} deliveries have arrived, whatever their outcome.
   *
   * @param count how many deliveries to wait for
   * @param timeout how long to wait at most
   * @return the deliveries so far, at least {@code count}
   * @throws AssertionError when fewer arrive in time
   */
  public synchronized List<ReceivedWebhook> awaitDeliveries(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (deliveries.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            count + " deliveries expected within " + timeout + " at " + url() + "; " + summary());
      }
      waitFor(left);
    }
    return List.copyOf(deliveries);
  }

  /**
   * Answers the next {@code deliveries} verified deliveries with 500, as an endpoint that is down
   * would; the server retries them. Faults apply in the order they were made, each until used up,
   * to deliveries of any event: give a fault test a receiver of the one event it is about.
   *
   * @param deliveries how many deliveries to fail, at least 1
   * @return the fault, to check how many deliveries it met
   */
  public WebhookFault failNext(int deliveries) {
    return failNext(deliveries, 500);
  }

  /**
   * Answers the next {@code deliveries} verified deliveries with {@code status}: a 5xx or 429 the
   * server retries, {@code 410 Gone} which stops the event's delivery, a 3xx which is never
   * followed.
   *
   * @param deliveries how many deliveries to fail, at least 1
   * @param status the status to answer, 300 to 599
   * @return the fault, to check how many deliveries it met
   */
  public WebhookFault failNext(int deliveries, int status) {
    if (status < 300 || status > 599) {
      throw new IllegalArgumentException("status must be a failure, 300 to 599, was " + status);
    }
    return endpoint.add(new WebhookFault(times(deliveries), status, null));
  }

  /**
   * Holds the next {@code deliveries} verified deliveries for {@code hold} before answering 200:
   * past the server's response timeout (15 s) the server gives up on the attempt and delivers the
   * event again later, although the receiver took it in. That is the case an idempotent handler
   * exists for: the same event id arrives twice ({@link #deliveriesOf}).
   *
   * @param deliveries how many deliveries to hold, at least 1
   * @param hold how long to hold each one
   * @return the fault, to check how many deliveries it met
   */
  public WebhookFault hangNext(int deliveries, Duration hold) {
    if (hold.isNegative()) {
      throw new IllegalArgumentException("hold must not be negative, was " + hold);
    }
    return endpoint.add(new WebhookFault(times(deliveries), 200, hold));
  }

  /**
   * Stops the endpoint (a delivery held by {@link #hangNext} is dropped) and forgets nothing it
   * received. The preference stays registered (deliveries to it then fail, as to an endpoint that
   * is down) until the server's reset empties the database, or the test deletes it with {@code
   * sdk.webhooks().delete(receiver.preferenceId())}. Safe to call more than once.
   */
  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      notifyAll();
    }
    endpoint.close();
  }

  /**
   * Describes the receiver.
   *
   * @return its URL, account and what it got; never the secret
   */
  @Override
  public synchronized String toString() {
    return "WebhookReceiver["
        + url()
        + " for "
        + account.kind()
        + " "
        + account.id()
        + "; "
        + summary()
        + "]";
  }

  private synchronized void record(ReceivedWebhook delivery) {
    if (closed) {
      return;
    }
    int at = deliveries.size();
    while (at > 0 && deliveries.get(at - 1).sequence() > delivery.sequence()) {
      at--; // a held delivery is recorded when answered, but listed where it arrived
    }
    deliveries.add(at, delivery);
    notifyAll();
  }

  private static int times(int deliveries) {
    if (deliveries < 1) {
      throw new IllegalArgumentException("deliveries must be at least 1, was " + deliveries);
    }
    return deliveries;
  }

  private Optional<WebhookEvent> find(String eventName, Predicate<WebhookEvent> matches) {
    return events().stream()
        .filter(event -> event.eventName().equals(eventName) && matches.test(event))
        .findFirst();
  }

  private void waitFor(long nanos) {
    try {
      wait(Math.max(1, nanos / 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for webhooks at " + url(), e);
    }
  }

  private AssertionError notArrived(
      String eventName, Predicate<WebhookEvent> matches, String when) {
    String which = matches instanceof About ? " " + matches : "";
    return new AssertionError(
        "no " + eventName + which + " event " + when + " at " + url() + "; " + summary());
  }

  private String summary() {
    if (deliveries.isEmpty()) {
      return "no delivery arrived"
          + (subscribedEvents.isEmpty() ? "" : " (subscribed to " + subscribedEvents + ")");
    }
    Set<String> lines = new LinkedHashSet<>();
    for (ReceivedWebhook delivery : deliveries) {
      lines.add(delivery.toString());
    }
    String rejected =
        deliveries.stream()
            .filter(d -> !d.verified())
            .map(d -> d.rejection().orElseThrow().getMessage())
            .distinct()
            .collect(Collectors.joining("; "));
    return "received " + lines + (rejected.isEmpty() ? "" : "; rejected because: " + rejected);
  }
}
