package app.wingspan.server.service;

import app.wingspan.model.WebhookEventName;
import app.wingspan.model.WebhookPreference;
import app.wingspan.model.WebhookPreferenceCreateRequest;
import app.wingspan.model.WebhookPreferenceStatus;
import app.wingspan.model.WebhookPreferenceUpdateRequest;
import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.invoice.Timestamps;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.WebhookRow;
import app.wingspan.server.store.WebhookStore;
import app.wingspan.server.webhook.EventNames;
import app.wingspan.server.webhook.PreferenceRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * An account's webhook preferences: create, list, read, change and remove its own, checked by
 * {@link PreferenceRules}. Another account's preference reads as one never made (404). Answers
 * never carry the shared secret.
 */
public final class WebhookPreferences {

  /** How long a rotated-out secret keeps signing beside the new one. */
  public static final Duration ROTATION_WINDOW = Duration.ofHours(24);

  /** Most preferences one account may have: each event is delivered once per preference. */
  public static final int MAX_PER_ACCOUNT = 20;

  /** The reason recorded when an account disables its own endpoint. */
  static final String DISABLED_BY_ACCOUNT = "disabled by its account";

  private final Store tables;
  private final WebhookStore store;
  private final PreferenceRules rules;
  private final ServiceClock time;

  private final WebhookDeliveryLog deliveries;

  /** Preferences without the delivery routes (no deliveries are made). */
  public WebhookPreferences(Store store, PreferenceRules rules, Clock clock) {
    this(store, rules, clock, null);
  }

  /**
   * @param deliveries the view of the deliveries made to the preferences, or null when none are
   *     made
   */
  public WebhookPreferences(
      Store store, PreferenceRules rules, Clock clock, WebhookDeliveryLog deliveries) {
    this.tables = store;
    this.store = store.webhooks();
    this.rules = Objects.requireNonNull(rules, "rules");
    this.time = new ServiceClock(clock);
    this.deliveries = deliveries;
  }

  /** The deliveries to the caller's endpoints: listed and replayed. */
  public WebhookDeliveryLog deliveries() {
    if (deliveries == null) {
      throw new IllegalStateException("this server makes no webhook deliveries");
    }
    return deliveries;
  }

  /** The events a preference can subscribe to, with what each means. */
  public static List<WebhookEventName> eventNames() {
    return EventNames.INVOICE_EVENTS.entrySet().stream()
        .map(Map.Entry::getKey)
        .map(name -> new WebhookEventName(name, EventNames.INVOICE_EVENTS.get(name)))
        .toList();
  }

  /** The caller's preferences, oldest first. */
  public List<WebhookPreference> list(Account caller) {
    return store.ofAccount(caller.id()).stream().map(WebhookPreferences::answer).toList();
  }

  public WebhookPreference get(Account caller, String id) {
    return answer(find(caller, id));
  }

  /**
   * Adds a preference for the caller.
   *
   * @throws app.wingspan.server.webhook.PreferenceRuleException naming the field at fault
   */
  public WebhookPreference create(Account caller, WebhookPreferenceCreateRequest request) {
    PreferenceRules.Checked checked = rules.create(request);
    Instant now = time.now();
    WebhookRow row =
        new WebhookRow(
            Store.newId(),
            caller.id(),
            checked.url().toString(),
            checked.sharedSecret(),
            null,
            null,
            checked.subscribedEvents(),
            now,
            now,
            null,
            null);
    if (!tables.inTransaction(tx -> store.insertWithin(tx, row, MAX_PER_ACCOUNT))) {
      throw new ProblemException(
          422,
          ErrorCodes.VALIDATION_FAILED,
          null,
          "an account may have at most " + MAX_PER_ACCOUNT + " webhook preferences");
    }
    return answer(row);
  }

  /**
   * Applies the fields present. A new secret rotates: the one it replaces keeps signing for {@link
   * #ROTATION_WINDOW}. {@code status} Active enables a disabled endpoint; Disabled stops deliveries
   * to it.
   */
  public WebhookPreference update(Account caller, String id, WebhookPreferenceUpdateRequest patch) {
    WebhookRow row = find(caller, id);
    Instant now = time.now();
    String url = present(patch.url()) ? rules.url(patch.url().get()).toString() : row.url();
    List<String> events =
        present(patch.subscribedEvents())
            ? rules.subscribedEvents(patch.subscribedEvents().get())
            : row.subscribedEvents();
    String secret = row.sharedSecret();
    String previous = row.previousSecret();
    Instant previousExpires = row.previousSecretExpiresAt();
    if (previous != null && !now.isBefore(previousExpires)) {
      previous = null; // its window is over: forget it
      previousExpires = null;
    }
    if (present(patch.sharedSecret())) {
      String next = rules.sharedSecret(patch.sharedSecret().get());
      if (!next.equals(secret)) {
        previous = secret;
        previousExpires = now.plus(ROTATION_WINDOW);
        secret = next;
      }
    }
    Instant disabledAt = row.disabledAt();
    String disabledReason = row.disabledReason();
    if (present(patch.status())) {
      WebhookPreferenceStatus status = patch.status().get();
      if (status.equals(WebhookPreferenceStatus.ACTIVE)) {
        disabledAt = null;
        disabledReason = null;
      } else if (status.equals(WebhookPreferenceStatus.DISABLED)) {
        if (disabledAt == null) {
          disabledAt = now;
          disabledReason = DISABLED_BY_ACCOUNT;
        }
      } else {
        throw new ProblemException(
            422,
            ErrorCodes.VALIDATION_FAILED,
            "status",
            "status must be Active or Disabled, not '" + status.value() + "'");
      }
    }
    WebhookRow changed =
        new WebhookRow(
            row.id(),
            row.accountId(),
            url,
            secret,
            previous,
            previousExpires,
            events,
            row.createdAt(),
            now,
            disabledAt,
            disabledReason);
    if (!store.update(changed)) {
      throw notFound(id); // deleted meanwhile
    }
    return answer(changed);
  }

  public void delete(Account caller, String id) {
    if (!store.delete(caller.id(), id)) {
      throw notFound(id);
    }
  }

  private WebhookRow find(Account caller, String id) {
    return store.find(caller.id(), id).orElseThrow(() -> notFound(id));
  }

  private static boolean present(JsonNullable<?> field) {
    return field.isPresent() && field.get() != null;
  }

  /** 404: a preference the caller cannot see, the same as one never made. */
  static ProblemException notFound(String id) {
    return new ProblemException(
        404, ErrorCodes.NOT_FOUND, null, "no webhook preference with id '" + id + "'");
  }

  /** The preference as the API answers it: never with its secret. */
  public static WebhookPreference answer(WebhookRow row) {
    return new WebhookPreference(
        row.id(),
        row.url(),
        row.subscribedEvents(),
        row.disabledAt() == null
            ? WebhookPreferenceStatus.ACTIVE
            : WebhookPreferenceStatus.DISABLED,
        row.disabledReason(),
        Timestamps.format(row.createdAt()),
        Timestamps.format(row.updatedAt()));
  }
}
