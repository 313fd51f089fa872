package app.wingspan.server.service;

import app.wingspan.model.WebhookDelivery;
import app.wingspan.model.WebhookDeliveryState;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.invoice.Timestamps;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.DeliveryRow;
import app.wingspan.server.store.DeliveryStore;
import app.wingspan.server.store.Store;
import app.wingspan.server.webhook.WebhookDeliveries;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An account's view of the deliveries to its own endpoints (our extension: Wingspan publishes no
 * such route): list them and replay one. A preference or delivery of another account reads as one
 * never made (404). Answers carry neither the body nor the secret.
 */
public final class WebhookDeliveryLog {
  /** Most deliveries one answer lists. */
  public static final int MAX_LIMIT = 100;

  /** Deliveries listed when the request names no limit. */
  public static final int DEFAULT_LIMIT = 50;

  private final Store store;
  private final WebhookDeliveries deliveries;

  public WebhookDeliveryLog(Store store, WebhookDeliveries deliveries) {
    this.store = store;
    this.deliveries = deliveries;
  }

  /**
   * The endpoint's deliveries, newest first.
   *
   * @param state a {@link WebhookDeliveryState} wire value, or null for all
   */
  public List<WebhookDelivery> list(Account caller, String preferenceId, String state, int limit) {
    requirePreference(caller, preferenceId);
    String stored = null;
    if (state != null) {
      WebhookDeliveryState wanted = WebhookDeliveryState.of(state);
      if (!wanted.isKnown()) {
        throw ProblemException.invalidField(
            "state", "state must be Pending, Delivered or Failed, was '" + state + "'");
      }
      stored = wanted.value().toLowerCase(Locale.ROOT);
    }
    return store
        .deliveries()
        .list(new DeliveryStore.Filter(caller.id(), preferenceId, null, stored), limit)
        .stream()
        .map(WebhookDeliveryLog::answer)
        .toList();
  }

  /** Sends a delivered or failed delivery again now; a pending one is left as it is. */
  public WebhookDelivery replay(Account caller, String preferenceId, String deliveryId) {
    requirePreference(caller, preferenceId);
    DeliveryRow row = find(caller, preferenceId, deliveryId);
    deliveries.replay(row.id());
    return answer(find(caller, preferenceId, deliveryId));
  }

  private void requirePreference(Account caller, String preferenceId) {
    if (store.webhooks().find(caller.id(), preferenceId).isEmpty()) {
      throw WebhookPreferences.notFound(preferenceId);
    }
  }

  private DeliveryRow find(Account caller, String preferenceId, String deliveryId) {
    Optional<DeliveryRow> row = store.deliveries().find(deliveryId);
    if (row.isEmpty()
        || !row.get().accountId().equals(caller.id())
        || !row.get().preferenceId().equals(preferenceId)) {
      throw new ProblemException(
          404,
          app.wingspan.server.error.ErrorCodes.NOT_FOUND,
          null,
          "no webhook delivery with id '" + deliveryId + "' for this endpoint");
    }
    return row.get();
  }

  /** The delivery as the API answers it: without its body. */
  static WebhookDelivery answer(DeliveryRow row) {
    return new WebhookDelivery(
        row.id(),
        row.preferenceId(),
        row.eventId(),
        row.eventName(),
        row.invoiceId(),
        (int) row.objectVersion(),
        WebhookDeliveryState.of(
            row.state().substring(0, 1).toUpperCase(Locale.ROOT) + row.state().substring(1)),
        row.attempts(),
        row.replays(),
        time(row.firstAttemptAt()),
        time(row.lastAttemptAt()),
        row.lastStatusCode(),
        row.lastError(),
        time(row.nextAttemptAt()),
        time(row.deliveredAt()),
        time(row.failedAt()),
        time(row.createdAt()));
  }

  private static String time(Instant at) {
    return at == null ? null : Timestamps.format(at);
  }
}
