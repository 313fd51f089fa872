package app.wingspan.server.payment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The built-in processor of test mode: moves no money and talks to no network. It knows a fixed set
 * of test ids, in the style of Stripe's test mode, and answers for each deterministically, so any
 * replica gives the same answer for the same id and a debit's outcome can be read back from its
 * reference alone.
 *
 * <ul>
 *   <li>Cards ({@code paymentMethodId}): {@code pm_card_visa}, {@code pm_card_mastercard}, {@code
 *       pm_card_amex} succeed; {@code pm_card_chargeDeclined} (generic decline), {@code
 *       pm_card_chargeDeclinedInsufficientFunds}, {@code pm_card_chargeDeclinedExpiredCard} are
 *       declined with their reason.
 *   <li>Bank accounts ({@code accountId}): {@code ba_test_success} settles; {@code
 *       ba_test_accountClosed} and {@code ba_test_insufficientFunds} fail at settlement.
 *   <li>Plaid public tokens ({@code plaidPublicToken}): {@code public-sandbox-success} links an
 *       account that settles, {@code public-sandbox-insufficientFunds} one whose debit fails.
 * </ul>
 *
 * Any other id is unknown (HTTP 422).
 */
public final class TestPaymentProcessor implements PaymentProcessor {

  private record Card(String brand, String last4, String declineReason) {}

  private record Bank(String accountId, String last4, String failureReason) {}

  private static final Map<String, Card> CARDS =
      Map.of(
          "pm_card_visa", new Card("Visa", "4242", null),
          "pm_card_mastercard", new Card("Mastercard", "4444", null),
          "pm_card_amex", new Card("American Express", "8431", null),
          "pm_card_chargeDeclined", new Card("Visa", "0002", "Your card was declined."),
          "pm_card_chargeDeclinedInsufficientFunds",
              new Card("Visa", "9995", "Your card has insufficient funds."),
          "pm_card_chargeDeclinedExpiredCard", new Card("Visa", "0069", "Your card has expired."));

  private static final Map<String, Bank> ACCOUNTS =
      Map.of(
          "ba_test_success", new Bank("ba_test_success", "6789", null),
          "ba_test_accountClosed",
              new Bank("ba_test_accountClosed", "1116", "The bank account is closed."),
          "ba_test_insufficientFunds",
              new Bank(
                  "ba_test_insufficientFunds", "1113", "The bank account has insufficient funds."));

  /** Plaid sandbox tokens and the test account each one links. */
  private static final Map<String, String> PLAID =
      Map.of(
          "public-sandbox-success", "ba_test_success",
          "public-sandbox-insufficientFunds", "ba_test_insufficientFunds");

  private static final String DEBIT_PREFIX = "test_debit_";

  @Override
  public String name() {
    return "test";
  }

  @Override
  public boolean testMode() {
    return true;
  }

  @Override
  public Instrument instrument(PaymentSource source) {
    switch (source.kind()) {
      case CARD -> {
        Card card = CARDS.get(source.id());
        if (card == null) {
          throw new UnknownPaymentMethodException(
              "no card '"
                  + source.id()
                  + "' in test mode; use a test card such"
                  + " as pm_card_visa, pm_card_mastercard or pm_card_chargeDeclined");
        }
        return new Instrument(source.id(), true, card.brand(), card.last4());
      }
      case BANK_ACCOUNT -> {
        Bank bank = ACCOUNTS.get(source.id());
        if (bank == null) {
          throw new UnknownPaymentMethodException(
              "no bank account '"
                  + source.id()
                  + "' in test mode; use a test"
                  + " account such as ba_test_success or ba_test_insufficientFunds");
        }
        return new Instrument(bank.accountId(), false, "Test Bank", bank.last4());
      }
      case PLAID_TOKEN -> {
        String accountId = PLAID.get(source.id());
        if (accountId == null) {
          // The token is a secret: it is not repeated.
          throw new UnknownPaymentMethodException(
              "the Plaid public token is not one test mode knows; use"
                  + " public-sandbox-success or public-sandbox-insufficientFunds");
        }
        Bank bank = ACCOUNTS.get(accountId);
        return new Instrument(bank.accountId(), false, "Test Bank", bank.last4());
      }
      default -> throw new IllegalArgumentException("unknown source kind " + source.kind());
    }
  }

  @Override
  public CardCharge chargeCard(
      String paymentId, Instrument card, BigDecimal amount, String currency) {
    Card known = CARDS.get(card.id());
    if (known == null) {
      throw new IllegalArgumentException("not a test card: " + card.id());
    }
    return new CardCharge("test_charge_" + paymentId, known.declineReason());
  }

  @Override
  public String startDebit(
      String paymentId, Instrument account, BigDecimal amount, String currency) {
    if (!ACCOUNTS.containsKey(account.id())) {
      throw new IllegalArgumentException("not a test bank account: " + account.id());
    }
    // The outcome is a property of the account, so the reference carries the account: any replica
    // can answer.
    return DEBIT_PREFIX + account.id() + "_" + paymentId;
  }

  @Override
  public DebitOutcome debitOutcome(String reference) {
    if (reference == null || !reference.startsWith(DEBIT_PREFIX)) {
      throw new IllegalArgumentException("not a test debit: " + reference);
    }
    String rest = reference.substring(DEBIT_PREFIX.length());
    for (Bank bank : ACCOUNTS.values()) {
      if (rest.startsWith(bank.accountId() + "_")) {
        return bank.failureReason() == null
            ? new DebitOutcome(DebitOutcome.State.SETTLED, null)
            : new DebitOutcome(DebitOutcome.State.FAILED, bank.failureReason());
      }
    }
    throw new IllegalArgumentException("not a test debit: " + reference);
  }
}
