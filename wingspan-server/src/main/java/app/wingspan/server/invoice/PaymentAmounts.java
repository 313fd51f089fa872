package app.wingspan.server.invoice;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The money of one payment, every figure at scale 2. The parts always agree: {@code charged =
 * amount + clientFee}, {@code memberNet = amount - memberFee}, {@code clientFee + memberFee =
 * cardFee}. A bank debit (ACH) has no card fee, so all three fees are 0 and {@code charged =
 * memberNet = amount}.
 *
 * @param amount the invoice amount
 * @param cardFee the card fee on the amount, by the fee schedule (0 for ACH)
 * @param clientFee the client's share of the card fee, charged on top of the amount (as {@code
 *     /fees} computes it)
 * @param memberFee the member's share, {@code cardFee - clientFee}; negative only when a {@code
 *     clientAbsolutePercentage} charges the client more than the card fee (the surplus goes to the
 *     member)
 * @param charged what the client is charged
 * @param memberNet what the member receives
 */
public record PaymentAmounts(
    BigDecimal amount,
    BigDecimal cardFee,
    BigDecimal clientFee,
    BigDecimal memberFee,
    BigDecimal charged,
    BigDecimal memberNet) {

  public PaymentAmounts {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(cardFee, "cardFee");
    Objects.requireNonNull(clientFee, "clientFee");
    Objects.requireNonNull(memberFee, "memberFee");
    Objects.requireNonNull(charged, "charged");
    Objects.requireNonNull(memberNet, "memberNet");
  }

  /** A card payment of {@code amount} with the card fee split as {@code split} says. */
  static PaymentAmounts card(BigDecimal amount, FeeSplit split) {
    BigDecimal cents = Money.cents(amount);
    return new PaymentAmounts(
        cents,
        split.cardFee(),
        split.clientShare(),
        split.memberShare(),
        cents.add(split.clientShare()),
        cents.subtract(split.memberShare()));
  }

  /** A bank debit of {@code amount}: no card fee. */
  static PaymentAmounts ach(BigDecimal amount) {
    BigDecimal cents = Money.cents(amount);
    BigDecimal zero = Money.cents(BigDecimal.ZERO);
    return new PaymentAmounts(cents, zero, zero, zero, cents, cents);
  }
}
