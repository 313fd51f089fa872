package app.wingspan.server.service;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceEvents;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PayRequest;
import app.wingspan.model.PaymentInfo;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.invoice.FieldChange;
import app.wingspan.server.invoice.InvoiceRuleException;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.invoice.PaymentAmounts;
import app.wingspan.server.invoice.PaymentRules;
import app.wingspan.server.invoice.Timestamps;
import app.wingspan.server.invoice.Update;
import app.wingspan.server.json.ServerJson;
import app.wingspan.server.page.PayerDesk;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.IdempotencyKey;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.PaymentRow;
import app.wingspan.server.store.Store;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The invoice page's {@link PayerDesk} over the {@link Services}: the page reads through {@link
 * InvoiceQueries}, prices with {@link PaymentRules} (the computation {@code pay} charges with,
 * whose card share is {@code /fees}' {@link InvoiceRules#fees}), and pays through {@link
 * InvoicePayments#pay}, the very calls the API routes make. The one write of its own, {@code
 * events.emailViewedAt}, which no API route makes, goes through {@link InvoiceWriter} like every
 * change: new version, history row and invoice event in one statement.
 */
public final class PayerDeskAdapter implements PayerDesk {
  /** The API route whose idempotency keys the page's payments share. */
  private static final String PAY_PATH = "/payments/client/invoice/%s/pay";

  private static final String VIEWED_FIELD = "events.emailViewedAt";

  private final Services services;
  private final Store store;
  private final InvoiceWriter writer;
  private final PaymentRules paymentRules;
  private final ServiceClock clock;
  private final boolean paymentsEnabled;

  /**
   * @param writer the one write path, shared with the services
   * @param paymentsEnabled whether this server takes payments at all (a processor is configured)
   */
  public PayerDeskAdapter(
      Services services,
      Store store,
      InvoiceWriter writer,
      InvoiceRules rules,
      Clock clock,
      boolean paymentsEnabled) {
    this.services = services;
    this.store = store;
    this.writer = writer;
    this.paymentRules = new PaymentRules(rules);
    this.clock = new ServiceClock(clock);
    this.paymentsEnabled = paymentsEnabled;
  }

  @Override
  public Optional<PayerInvoice> find(String invoiceId, String clientId) {
    InvoiceQueries.Versioned seen;
    try {
      seen = services.queries().getInvoice(client(clientId, invoiceId), invoiceId);
    } catch (ProblemException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
    ClientInvoice invoice = seen.invoice();
    Amounts card = null;
    String cardRefusal = null;
    try {
      card = amounts(paymentRules.card(invoice));
    } catch (InvoiceRuleException e) {
      cardRefusal = e.getMessage();
    }
    return Optional.of(
        new PayerInvoice(
            invoice,
            seen.version(),
            card,
            cardRefusal,
            amounts(paymentRules.ach(invoice)),
            InvoiceStatus.PAID.equals(invoice.status()) ? receipt(invoice) : null));
  }

  private Receipt receipt(ClientInvoice invoice) {
    for (PaymentRow row : store.payments(invoice.invoiceId())) {
      boolean paid = row.state().equals("succeeded") || row.state().equals("settled");
      if (!paid) {
        continue;
      }
      PaymentInfo info = invoice.paymentInfo();
      String means =
          info != null && info.meansDescription() != null
              ? info.meansDescription()
              : row.method().equals("card") ? "card" : "bank account";
      Instant at = row.method().equals("ach") ? row.settledAt() : row.createdAt();
      return new Receipt(
          row.method(),
          means,
          row.currency(),
          new Amounts(
              row.amount(),
              row.cardFee(),
              row.clientFee(),
              row.memberFee(),
              row.charged(),
              row.memberNet()),
          at);
    }
    return null;
  }

  @Override
  public PayOutcome pay(
      String invoiceId, String clientId, PayRequest request, String idempotencyKey) {
    Account caller = client(clientId, invoiceId);
    byte[] body;
    try {
      body = ServerJson.mapper().writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("pay request not serialisable", e);
    }
    IdempotencyKey key =
        new IdempotencyKey(clientId, "POST", String.format(PAY_PATH, invoiceId), idempotencyKey);
    try {
      Recorded recorded = services.payments().pay(caller, invoiceId, request, key, body);
      if (recorded.status() >= 400) {
        return new PayOutcome(recorded.status(), detail(recorded.body()));
      }
      return new PayOutcome(recorded.status(), null);
    } catch (ProblemException e) {
      return new PayOutcome(e.status(), e.getMessage());
    } catch (InvoiceRuleException e) {
      return new PayOutcome(
          e.kind() == InvoiceRuleException.Kind.CONFLICT ? 409 : 422, e.getMessage());
    }
  }

  /**
   * Records the first view under the invoice's lock, so two first views at once record one. The
   * page calls this only for an invoice it saw unviewed; a view recorded in between writes nothing.
   */
  @Override
  public void recordViewed(String invoiceId, String clientId) {
    store.inTransaction(
        tx -> {
          Optional<InvoiceRow> locked = store.invoices().lock(tx, invoiceId, clientId);
          if (locked.isEmpty()) {
            return null;
          }
          InvoiceRow row = locked.get();
          ClientInvoice stored = InvoiceDocuments.decode(row);
          if (viewed(stored)) {
            return null; // another request recorded it first
          }
          Instant now = clock.now();
          List<String> at = List.of(Timestamps.format(now));
          InvoiceEvents events =
              (stored.events() == null ? InvoiceEvents.builder() : stored.events().toBuilder())
                  .emailViewedAt(at)
                  .build();
          Update update =
              new Update(
                  stored.toBuilder().events(events).build(),
                  List.of(new FieldChange(VIEWED_FIELD, null, at)));
          writer.write(
              tx, new InvoiceWriter.Change(row, update, InvoiceWriter.Actor.CLIENT, null), now);
          return null;
        });
  }

  private static boolean viewed(ClientInvoice invoice) {
    return invoice.events() != null
        && invoice.events().emailViewedAt() != null
        && !invoice.events().emailViewedAt().isEmpty();
  }

  @Override
  public boolean testMode() {
    return services.payments().inTestMode();
  }

  @Override
  public boolean paymentsEnabled() {
    return paymentsEnabled;
  }

  /** The client an invoice belongs to, as the caller the services' operations take. */
  private Account client(String clientId, String invoiceId) {
    return store
        .findAccount(clientId)
        .filter(account -> account.kind() == AccountKind.CLIENT)
        .orElseThrow(() -> ProblemException.notFound(invoiceId));
  }

  private static Amounts amounts(PaymentAmounts a) {
    return new Amounts(
        a.amount(), a.cardFee(), a.clientFee(), a.memberFee(), a.charged(), a.memberNet());
  }

  /** The {@code detail} of a recorded problem body (a replayed decline). */
  private static String detail(byte[] problem) {
    try {
      JsonNode node = ServerJson.mapper().readTree(problem);
      JsonNode detail = node.get("detail");
      return detail == null || detail.isNull() ? "the payment was refused" : detail.asText();
    } catch (IOException e) {
      return "the payment was refused";
    }
  }
}
