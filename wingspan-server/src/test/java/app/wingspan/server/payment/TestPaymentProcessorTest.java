package app.wingspan.server.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.wingspan.server.payment.PaymentProcessor.CardCharge;
import app.wingspan.server.payment.PaymentProcessor.DebitOutcome;
import app.wingspan.server.payment.PaymentProcessor.Instrument;
import app.wingspan.server.payment.PaymentProcessor.PaymentSource;
import app.wingspan.server.payment.PaymentProcessor.PaymentSource.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every test id the README documents, and what the test processor answers for it. */
class TestPaymentProcessorTest {
  private final TestPaymentProcessor processor = new TestPaymentProcessor();

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pm_card_visa                            | Visa             | 4242 | ",
        "pm_card_mastercard                      | Mastercard       | 4444 | ",
        "pm_card_amex                            | American Express | 8431 | ",
        "pm_card_chargeDeclined                  | Visa             | 0002 | Your card was declined.",
        "pm_card_chargeDeclinedInsufficientFunds | Visa             | 9995 | Your card has insufficient funds.",
        "pm_card_chargeDeclinedExpiredCard       | Visa             | 0069 | Your card has expired.",
      })
  void testCards(String id, String brand, String last4, String declineReason) {
    Instrument card = processor.instrument(new PaymentSource(Kind.CARD, id));
    CardCharge charge = processor.chargeCard("pay_1", card, new BigDecimal("10.00"), "USD");

    assertThat(card).isEqualTo(new Instrument(id, true, brand, last4));
    assertThat(charge.declineReason()).isEqualTo(declineReason);
    assertThat(charge.reference()).isNotBlank();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BANK_ACCOUNT | ba_test_success                  | ba_test_success           | SETTLED | ",
        "BANK_ACCOUNT | ba_test_accountClosed            | ba_test_accountClosed     | FAILED  | The bank account is closed.",
        "BANK_ACCOUNT | ba_test_insufficientFunds        | ba_test_insufficientFunds | FAILED  | The bank account has insufficient funds.",
        "PLAID_TOKEN  | public-sandbox-success           | ba_test_success           | SETTLED | ",
        "PLAID_TOKEN  | public-sandbox-insufficientFunds | ba_test_insufficientFunds | FAILED  | The bank account has insufficient funds.",
      })
  void testBankAccounts(
      Kind kind, String id, String account, DebitOutcome.State state, String reason) {
    Instrument bank = processor.instrument(new PaymentSource(kind, id));
    String reference = processor.startDebit("pay_1", bank, new BigDecimal("10.00"), "USD");

    assertThat(bank.id()).isEqualTo(account);
    assertThat(bank.card()).isFalse();
    // Any replica answers from the reference alone: a new instance gives the same outcome.
    assertThat(new TestPaymentProcessor().debitOutcome(reference))
        .isEqualTo(new DebitOutcome(state, reason));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "CARD,         pm_card_unknown",
    "CARD,         ba_test_success",
    "BANK_ACCOUNT, pm_card_visa",
    "BANK_ACCOUNT, ba_nope",
    "PLAID_TOKEN,  public-secret-123",
  })
  void anyOtherIdIsUnknownAndASecretTokenIsNotRepeated(Kind kind, String id) {
    UnknownPaymentMethodException unknown =
        catchThrowableOfType(
            UnknownPaymentMethodException.class,
            () -> processor.instrument(new PaymentSource(kind, id)));

    assertThat(unknown).isNotNull();
    if (kind == Kind.PLAID_TOKEN) {
      assertThat(unknown.getMessage()).doesNotContain(id);
      assertThat(new PaymentSource(kind, id).toString()).doesNotContain(id);
    } else {
      assertThat(unknown.getMessage()).contains(id);
    }
  }
}
