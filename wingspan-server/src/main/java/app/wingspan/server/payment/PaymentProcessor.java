package app.wingspan.server.payment;

import java.math.BigDecimal;

/**
 * Moves money: charges cards and debits bank accounts (ACH). The server's one seam to a payment
 * processor; an adapter for a real processor implements it. {@link TestPaymentProcessor} is the
 * built-in one, which moves no money and talks to no network.
 *
 * <p>Calls are made while the invoice row is locked, so one invoice is never charged twice
 * concurrently. Each charge or debit carries the server's payment id: an adapter passes it to its
 * processor as the idempotency key, so a call retried after a lost answer does not move money
 * twice.
 */
public interface PaymentProcessor {

  /** A short name for the payment rows and logs, e.g. {@code test}. */
  String name();

  /** True when no real money moves: responses and payment rows say so. */
  boolean testMode();

  /**
   * Looks up what the client pays with, before anything is charged.
   *
   * @throws UnknownPaymentMethodException when the processor does not know the card or account
   */
  Instrument instrument(PaymentSource source);

  /**
   * Charges a card at once.
   *
   * @param paymentId the server's id of this payment (the idempotency key towards the processor)
   * @param card a card from {@link #instrument}
   * @param amount what the client is charged, scale 2
   * @param currency ISO code, e.g. USD
   */
  CardCharge chargeCard(String paymentId, Instrument card, BigDecimal amount, String currency);

  /**
   * Starts a debit of a bank account; its outcome comes later, through {@link #debitOutcome}.
   *
   * @return the processor's reference of the debit
   */
  String startDebit(String paymentId, Instrument account, BigDecimal amount, String currency);

  /** What became of a debit started earlier: settled, failed, or not known yet. */
  DebitOutcome debitOutcome(String reference);

  /** What the client names to pay with. */
  record PaymentSource(Kind kind, String id) {
    /** The three ways of the pay request. */
    public enum Kind {
      /** {@code paymentMethodId}: a card. */
      CARD,
      /** {@code accountId}: a saved bank account. */
      BANK_ACCOUNT,
      /** {@code plaidPublicToken}: a bank account linked just now; the id is a secret. */
      PLAID_TOKEN
    }

    /** Never the id of a Plaid token: it is a secret. */
    @Override
    public String toString() {
      return "PaymentSource[" + kind + ", " + (kind == Kind.PLAID_TOKEN ? "***" : id) + "]";
    }
  }

  /**
   * A card or bank account as the processor knows it.
   *
   * @param id the processor's id of it, safe to store and log (for a Plaid token, the account it
   *     linked)
   * @param card true for a card, false for a bank account
   * @param brand the card brand (Visa, Mastercard...), or the bank's name
   * @param last4 the last four digits of the card or account number
   */
  record Instrument(String id, boolean card, String brand, String last4) {}

  /**
   * The outcome of a card charge.
   *
   * @param reference the processor's reference of the charge (also of a declined one)
   * @param declineReason null when the charge succeeded, else why the card was declined (for the
   *     client)
   */
  record CardCharge(String reference, String declineReason) {
    public boolean succeeded() {
      return declineReason == null;
    }
  }

  /**
   * The outcome of a debit.
   *
   * @param state settled, failed, or still pending
   * @param failureReason why it failed, when it did
   */
  record DebitOutcome(State state, String failureReason) {
    /** Where a debit is. */
    public enum State {
      PENDING,
      SETTLED,
      FAILED
    }
  }
}
