package app.wingspan.server.webhook;

import app.wingspan.server.store.DeliveryRow;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.Transaction;
import app.wingspan.server.store.WebhookRow;
import app.wingspan.server.work.Backoff;
import app.wingspan.server.work.DurableWork;
import app.wingspan.server.work.Outcome;
import app.wingspan.server.work.WorkKind;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers webhooks as durable work of kind {@value #KIND}: one instance per delivery (an event for
 * an endpoint, id = the delivery's id), scheduled with its {@code webhook_deliveries} row in the
 * transaction that dispatches the event. Each run makes one attempt through {@link DeliveryClient}
 * with the frozen body and the endpoint's current URL and secrets, records how it ended on the row,
 * and either finishes (delivered, or failed for good) or runs again when {@link RetrySchedule}
 * says, by the server's clock.
 *
 * <p>At least once: the attempt is made before its end is recorded, so a replica killed in between
 * sends it again (same body, same {@code webhook-id}). An instance runs on one replica at a time,
 * and a run first checks the row is still pending, so replicas do not send an event twice in normal
 * operation. An endpoint failing for {@link RetrySchedule#disableAfter()} with no delivery
 * succeeding is disabled, which fails its pending deliveries at their next run.
 */
public final class WebhookDeliveries {
  /** The work kind: never rename it (stored with every pending instance). */
  public static final String KIND = "webhook-delivery";

  /** How long a delivered or failed delivery is kept for listing and replay. */
  public static final Duration KEEP_FINISHED = Duration.ofDays(30);

  /** When a run itself fails (the database away), not the receiver: run again after this. */
  private static final Backoff RUN_FAILED =
      new Backoff(Duration.ofSeconds(5), 2, Duration.ofMinutes(10));

  private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveries.class);

  private final Store store;
  private final DeliveryClient client;
  private final RetrySchedule schedule;
  private final Clock clock;
  private final DoubleSupplier jitter;
  private final WorkKind kind = new WorkKind(KIND, this::run, RUN_FAILED);
  private volatile DurableWork work;
  private final java.util.concurrent.atomic.AtomicBoolean scheduledSinceWake =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * @param client makes the attempts; null for a program that only schedules and replays (the admin
   *     command), whose work never runs
   */
  public WebhookDeliveries(
      Store store, DeliveryClient client, RetrySchedule schedule, Clock clock) {
    this(store, client, schedule, clock, () -> ThreadLocalRandom.current().nextDouble());
  }

  WebhookDeliveries(
      Store store,
      DeliveryClient client,
      RetrySchedule schedule,
      Clock clock,
      DoubleSupplier jitter) {
    this.store = Objects.requireNonNull(store, "store");
    this.client = client;
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.jitter = jitter;
  }

  /** The kind to register with the server's {@link DurableWork}. */
  public WorkKind kind() {
    return kind;
  }

  /** The durable work the deliveries run on, once it is built with {@link #kind()}. */
  public void runOn(DurableWork work) {
    this.work = work;
  }

  /**
   * Schedules {@code delivery} in {@code tx}, due at once, unless it exists.
   *
   * @return whether it was new
   */
  public boolean schedule(Transaction tx, DeliveryRow delivery) {
    if (!store.deliveries().insert(tx, delivery)) {
      return false;
    }
    work.schedule(tx.connection(), kind, delivery.id(), "", delivery.nextAttemptAt());
    scheduledSinceWake.set(true);
    return true;
  }

  /**
   * Sends a delivered or failed delivery again, now, with the same body and {@code webhook-id}, and
   * a fresh retry window.
   *
   * @return false when there is no such delivery or it is pending already
   */
  public boolean replay(String deliveryId) {
    Instant now = now();
    boolean replayed =
        store.inTransaction(
            tx -> {
              if (!store.deliveries().replay(tx, deliveryId, now)) {
                return false;
              }
              work.schedule(tx.connection(), kind, deliveryId, "", now);
              scheduledSinceWake.set(true);
              return true;
            });
    if (replayed) {
      committed();
    }
    return replayed;
  }

  /**
   * Deletes the deliveries finished more than {@link #KEEP_FINISHED} ago by the server's clock.
   *
   * @return how many
   */
  public int purgeFinished() {
    return store.deliveries().purgeFinishedBefore(now().minus(KEEP_FINISHED));
  }

  /**
   * Wakes the durable work after a transaction that scheduled deliveries committed (a round that
   * scheduled none wakes nothing).
   */
  public void committed() {
    DurableWork current = work;
    if (current != null && scheduledSinceWake.getAndSet(false)) {
      current.wakeAt(now());
    }
  }

  /** One attempt of the delivery {@code id}. */
  private Outcome run(String id, String data) {
    Optional<DeliveryRow> found = store.deliveries().find(id);
    if (found.isEmpty() || !DeliveryRow.PENDING.equals(found.get().state())) {
      return Outcome.done(); // recorded already (a replica died before removing the instance)
    }
    DeliveryRow delivery = found.get();
    Optional<WebhookRow> endpoint =
        store.webhooks().find(delivery.accountId(), delivery.preferenceId());
    if (endpoint.isEmpty() || endpoint.get().disabledAt() != null) {
      String reason =
          endpoint.isEmpty()
              ? "the endpoint was deleted"
              : "the endpoint is disabled: " + endpoint.get().disabledReason();
      store.inTransaction(tx -> store.deliveries().failWithoutAttempt(tx, id, now(), reason));
      LOG.info("webhook delivery {} failed without an attempt: {}", id, reason);
      return Outcome.done();
    }
    Instant at = now();
    DeliveryResult result = attempt(delivery, endpoint.get(), at);
    String host = hostOf(endpoint.get().url());
    return store.inTransaction(tx -> record(tx, delivery, host, result, at));
  }

  private DeliveryResult attempt(DeliveryRow delivery, WebhookRow endpoint, Instant at) {
    URI url;
    try {
      url = URI.create(endpoint.url());
    } catch (IllegalArgumentException e) {
      return new DeliveryResult(
          DeliveryResult.Outcome.PERMANENT,
          0,
          "the endpoint's URL does not parse",
          "",
          Duration.ZERO);
    }
    return client.deliver(
        new DeliveryClient.Delivery(
            url, delivery.eventId(), delivery.payload(), endpoint.signingSecrets(at)),
        at);
  }

  /** Records the attempt's end on the row, moves the endpoint's failure clock, says what next. */
  private Outcome record(
      Transaction tx, DeliveryRow delivery, String host, DeliveryResult result, Instant at) {
    Optional<DeliveryRow> locked = store.deliveries().lockPending(tx, delivery.id());
    if (locked.isEmpty()) {
      return Outcome.done(); // another run recorded it meanwhile
    }
    Integer status = result.statusCode() == 0 ? null : result.statusCode();
    if (result.outcome() == DeliveryResult.Outcome.DELIVERED) {
      store
          .deliveries()
          .recordAttempt(tx, delivery.id(), at, DeliveryRow.DELIVERED, status, null, null);
      store.deliveries().succeeded(tx, delivery.preferenceId());
      LOG.debug("webhook {} delivered to {}: {}", delivery.id(), host, result.detail());
      return Outcome.done();
    }
    int failed = locked.get().attempts() + 1;
    Instant first = locked.get().firstAttemptAt() == null ? at : locked.get().firstAttemptAt();
    Optional<Instant> next =
        result.outcome() == DeliveryResult.Outcome.PERMANENT
            ? Optional.empty()
            : schedule.nextAttempt(failed, first, at, jitter.getAsDouble());
    String state = next.isPresent() ? DeliveryRow.PENDING : DeliveryRow.FAILED;
    store
        .deliveries()
        .recordAttempt(tx, delivery.id(), at, state, status, result.detail(), next.orElse(null));
    Optional<Instant> failingSince = store.deliveries().failing(tx, delivery.preferenceId(), at);
    if (failingSince.isPresent() && schedule.disables(failingSince.get(), at)) {
      String reason =
          "deliveries failed since "
              + failingSince.get().truncatedTo(ChronoUnit.SECONDS)
              + " with none succeeding; last: "
              + result.detail();
      if (store.deliveries().disableEndpoint(tx, delivery.preferenceId(), at, reason)) {
        LOG.warn("webhook endpoint {} disabled: {}", delivery.preferenceId(), reason);
      }
    }
    if (next.isPresent()) {
      LOG.info(
          "webhook {} to {} not delivered (attempt {}): {}; next attempt at {}",
          delivery.id(),
          host,
          failed,
          result.detail(),
          next.get());
      return Outcome.again(next.get());
    }
    LOG.warn(
        "webhook {} to {} failed after {} attempt(s): {}",
        delivery.id(),
        host,
        failed,
        result.detail());
    return Outcome.done();
  }

  /** The endpoint's host, for the log (never its path or query, which may carry a token). */
  private static String hostOf(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getScheme() + "://" + uri.getAuthority();
    } catch (IllegalArgumentException e) {
      return "an unparsable URL";
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
