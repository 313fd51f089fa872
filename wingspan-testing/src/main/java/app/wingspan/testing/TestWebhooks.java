package app.wingspan.testing;

import app.wingspan.model.WebhookEventName;
import app.wingspan.model.WebhookPreference;
import app.wingspan.model.WebhookPreferenceCreateRequest;
import app.wingspan.sdk.Wingspan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The webhooks the test server sends during a test, caught by {@link WebhookReceiver}s: each a real
 * HTTP endpoint on 127.0.0.1, registered in one line as a webhook preference with a secret it
 * generated, verifying every delivery with the SDK.
 *
 * <pre>{@code
 * WebhookReceiver hooks = server.webhooks().listen();                 // the ready client, every event
 * WebhookReceiver issued = server.webhooks().listen(accounts.member(), "Invoice.Paid");
 * }</pre>
 *
 * <p>The server's {@link WingspanTestServer#reset() reset} (before every test) stops every receiver
 * and forgets it; the preferences go with the database.
 */
public final class TestWebhooks {
  private final TestAccounts accounts;
  private final Function<TestAccount, Wingspan> sdk;
  private final TestClock clock;
  private final Supplier<PendingWork> pendingWork;
  private final List<WebhookReceiver> receivers = new ArrayList<>();
  private WebhookReceiver receiver;

  TestWebhooks(
      TestAccounts accounts,
      Function<TestAccount, Wingspan> sdk,
      TestClock clock,
      Supplier<PendingWork> pendingWork) {
    this.accounts = accounts;
    this.sdk = sdk;
    this.clock = clock;
    this.pendingWork = pendingWork;
  }

  /**
   * The test's receiver: the ready client's endpoint for every event, registered on first use and
   * the same until the next reset. {@code @InjectWingspan WebhookReceiver hooks} and a {@code
   * WebhookReceiver} parameter are this one.
   *
   * @return the ready client's receiver of every event
   */
  public synchronized WebhookReceiver receiver() {
    if (receiver == null) {
      receiver = listen();
    }
    return receiver;
  }

  /**
   * Registers a new receiver for the ready client: the server then delivers to it the events of the
   * invoices the client is billed on.
   *
   * @param eventNames the events to subscribe to, such as {@code Invoice.Paid}; none for every
   *     event the server lists
   * @return the receiver, listening
   */
  public WebhookReceiver listen(String... eventNames) {
    return listen(accounts.client(), eventNames);
  }

  /**
   * Registers a new receiver for {@code account}: a client's hears about the invoices it is billed
   * on, a member's about the invoices it issued.
   *
   * @param account the account whose webhook preference the receiver becomes
   * @param eventNames the events to subscribe to; none for every event the server lists
   * @return the receiver, listening
   * @throws app.wingspan.sdk.ApiException when the server refuses the preference (an unknown event
   *     name, say)
   */
  public WebhookReceiver listen(TestAccount account, String... eventNames) {
    Objects.requireNonNull(account, "account");
    Wingspan client = sdk.apply(account);
    List<String> events =
        eventNames.length > 0
            ? List.of(eventNames)
            : client.webhooks().eventNames().eventNames().stream()
                .map(WebhookEventName::eventName)
                .toList();
    WebhookReceiver listening = new WebhookReceiver(account, clock, pendingWork);
    try {
      WebhookPreference preference =
          client
              .webhooks()
              .create(
                  WebhookPreferenceCreateRequest.builder()
                      .url(listening.url().toString())
                      .sharedSecret(listening.secret())
                      .subscribedEvents(events)
                      .build())
              .webhookPreference()
              .orElseThrow(
                  () -> new IllegalStateException("the server answered no webhook preference"));
      listening.registered(preference.webhookPreferenceId(), preference.subscribedEvents());
    } catch (RuntimeException | Error e) {
      listening.close();
      throw e;
    }
    synchronized (this) {
      receivers.add(listening);
    }
    return listening;
  }

  /**
   * Every receiver registered since the last reset, oldest first.
   *
   * @return the receivers
   */
  public synchronized List<WebhookReceiver> receivers() {
    return List.copyOf(receivers);
  }

  /** Stops and forgets every receiver (the server's reset does this between tests). */
  public void clear() {
    List<WebhookReceiver> stopping;
    synchronized (this) {
      stopping = List.copyOf(receivers);
      receivers.clear();
      receiver = null;
    }
    stopping.forEach(WebhookReceiver::close);
  }
}
