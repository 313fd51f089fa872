package app.wingspan.server.invoice;

import app.wingspan.model.CreditFeeHandling;
import java.math.BigDecimal;

/**
 * The card fee on an invoice and its split. The fee is computed on the invoice amount (not grossed
 * up: the client's share is not itself charged a fee), each share rounded once to cents half-up,
 * the member's share the exact remainder.
 */
final class CardFees {

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private CardFees() {}

  /**
   * The split of the schedule's fee on {@code amount} under {@code handling} (canonical or any
   * stored spelling). A zero amount has no card payment and so no fee: everything is 0, the fixed
   * part included.
   */
  static FeeSplit split(FeeSchedule schedule, BigDecimal amount, CreditFeeHandling handling) {
    if (amount == null || amount.signum() <= 0) {
      return new FeeSplit(ZERO, ZERO, ZERO);
    }
    BigDecimal scheduleFee =
        amount.multiply(schedule.percent()).movePointLeft(2).add(schedule.fixed());
    BigDecimal cardFee = Money.cents(scheduleFee);
    BigDecimal clientShare;
    BigDecimal absolute = handling == null ? null : handling.clientAbsolutePercentage();
    if (absolute != null && absolute.signum() > 0) {
      clientShare = Money.cents(amount.multiply(absolute).movePointLeft(2));
    } else {
      clientShare = Money.cents(scheduleFee.multiply(clientPays(handling)).movePointLeft(2));
    }
    return new FeeSplit(cardFee, clientShare, cardFee.subtract(clientShare));
  }

  /**
   * The client's percentage share, read leniently: a lone memberPays implies the rest, nothing
   * means 0.
   */
  private static BigDecimal clientPays(CreditFeeHandling handling) {
    if (handling == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal clientPays = handling.clientPays();
    if (clientPays != null) {
      return clientPays;
    }
    BigDecimal memberPays = handling.memberPays();
    return memberPays != null ? Money.HUNDRED.subtract(memberPays) : BigDecimal.ZERO;
  }
}
