package app.wingspan.server.page;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.PayRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * What the invoice page needs of the invoice service, and nothing more: the invoice as its payer
 * sees it with the amounts each way of paying costs (the computation {@code /fees} and {@code pay}
 * use), paying it (the code, idempotency and rules of {@code POST .../pay}), and recording that the
 * page was viewed. An adapter over the service implements it, so the page does not depend on how
 * the service is organised.
 */
public interface PayerDesk {

  /** The invoice of {@code clientId} as seen today; empty when it no longer exists. */
  Optional<PayerInvoice> find(String invoiceId, String clientId);

  /**
   * Pays the invoice as {@code POST /payments/client/invoice/{id}/pay} with this request and
   * idempotency key would.
   */
  PayOutcome pay(String invoiceId, String clientId, PayRequest request, String idempotencyKey);

  /** Records {@code events.emailViewedAt} unless the invoice has it already. */
  void recordViewed(String invoiceId, String clientId);

  /** True when payments run in test mode (the test processor: no money moves). */
  boolean testMode();

  /** True when this server can take payments at all. */
  boolean paymentsEnabled();

  /**
   * An invoice as its payer sees it.
   *
   * @param version the stored version (it changes with every change of the invoice)
   * @param card what paying by card costs, or null when a card cannot pay it
   * @param cardRefusal why a card cannot pay it, or null
   * @param bank what paying by bank costs
   * @param receipt the payment that paid it, or null
   */
  record PayerInvoice(
      ClientInvoice invoice,
      long version,
      Amounts card,
      String cardRefusal,
      Amounts bank,
      Receipt receipt) {}

  /** The amounts of one payment: charged to the client, the card fee and its split. */
  record Amounts(
      BigDecimal amount,
      BigDecimal cardFee,
      BigDecimal clientFee,
      BigDecimal memberFee,
      BigDecimal charged,
      BigDecimal memberNet) {}

  /**
   * The payment that paid an invoice.
   *
   * @param method {@code card} or {@code ach}
   * @param means how, in words ("Visa ending 4242", "Test Bank account ending 6789")
   * @param at when it was charged (a card) or settled (a bank debit)
   */
  record Receipt(String method, String means, String currency, Amounts amounts, Instant at) {}

  /**
   * What paying answered: accepted, or refused with a reason a person can read (a declined card, an
   * invoice that cannot be paid).
   *
   * @param status the HTTP status {@code pay} answered (200, 402, 409, 422...)
   */
  record PayOutcome(int status, String refusal) {
    boolean accepted() {
      return refusal == null;
    }
  }
}
