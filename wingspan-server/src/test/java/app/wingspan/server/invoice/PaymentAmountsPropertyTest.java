package app.wingspan.server.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.CreditFeeHandling;
import app.wingspan.model.InvoiceStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The money of a payment, over random amounts, fee handlings and fee schedules: what the client is
 * charged, the card fee and its split, and what the member nets always agree, at scale 2, rounded
 * HALF_UP once, and never negative (the member's share alone may be, when an absolute percentage
 * charges the client more than the fee).
 */
class PaymentAmountsPropertyTest {

  @Property(tries = 1000)
  void aCardPaymentChargesTheAmountPlusTheClientShareAndTheMemberNetsTheAmountMinusTheirs(
      @ForAll @LongRange(min = 1, max = 100_000_000_000_000L) long cents,
      @ForAll("handlings") CreditFeeHandling handling,
      @ForAll("schedules") FeeSchedule schedule) {
    BigDecimal amount = BigDecimal.valueOf(cents, 2);
    InvoiceRules rules = new InvoiceRules(schedule);
    ClientInvoice invoice = invoice(amount, handling);

    BigDecimal unroundedFee =
        amount.multiply(schedule.percent()).movePointLeft(2).add(schedule.fixed());
    BigDecimal cardFee = unroundedFee.setScale(2, RoundingMode.HALF_UP);
    BigDecimal clientShare = clientShare(amount, unroundedFee, handling);
    BigDecimal memberShare = cardFee.subtract(clientShare);
    if (amount.subtract(memberShare).signum() < 0) {
      // The member's share of the fee exceeds the amount: no card payment.
      InvoiceRuleException refused =
          catchThrowableOfType(
              InvoiceRuleException.class, () -> new PaymentRules(rules).card(invoice));
      assertThat(refused.param()).isEqualTo("paymentMethodId");
      return;
    }

    PaymentAmounts paid = new PaymentRules(rules).card(invoice);

    assertThat(paid.amount()).isEqualTo(amount);
    assertThat(paid.cardFee()).isEqualTo(cardFee);
    assertThat(paid.clientFee())
        .isEqualTo(clientShare)
        .isEqualTo(rules.fees(invoice).creditFeeTotal()); // exactly what GET .../fees says
    assertThat(paid.charged()).isEqualTo(amount.add(paid.clientFee()));
    assertThat(paid.memberNet()).isEqualTo(amount.subtract(paid.memberFee()));
    assertThat(paid.clientFee().add(paid.memberFee())).isEqualTo(paid.cardFee());
    for (BigDecimal figure :
        new BigDecimal[] {
          paid.amount(),
          paid.cardFee(),
          paid.clientFee(),
          paid.memberFee(),
          paid.charged(),
          paid.memberNet()
        }) {
      assertThat(figure.scale()).isEqualTo(2);
    }
    assertThat(paid.charged().signum()).isPositive();
    assertThat(paid.cardFee().signum()).isNotNegative();
    assertThat(paid.clientFee().signum()).isNotNegative();
    assertThat(paid.memberNet().signum()).isNotNegative();
    if (paid.memberFee().signum() < 0) {
      assertThat(handling.clientAbsolutePercentage()).isNotNull();
      assertThat(paid.clientFee()).isGreaterThan(paid.cardFee());
    }
  }

  @Property(tries = 300)
  void aBankDebitMovesTheAmountWithNoFee(
      @ForAll @LongRange(min = 1, max = 100_000_000_000_000L) long cents,
      @ForAll("handlings") CreditFeeHandling handling,
      @ForAll("schedules") FeeSchedule schedule) {
    BigDecimal amount = BigDecimal.valueOf(cents, 2);

    PaymentAmounts paid =
        new PaymentRules(new InvoiceRules(schedule)).ach(invoice(amount, handling));

    assertThat(paid.charged()).isEqualTo(amount);
    assertThat(paid.memberNet()).isEqualTo(amount);
    assertThat(paid.cardFee()).isEqualTo(new BigDecimal("0.00"));
    assertThat(paid.clientFee()).isEqualTo(new BigDecimal("0.00"));
    assertThat(paid.memberFee()).isEqualTo(new BigDecimal("0.00"));
  }

  /**
   * The spec, restated: the client's share of the unrounded fee, or its absolute percentage,
   * rounded once.
   */
  private static BigDecimal clientShare(
      BigDecimal amount, BigDecimal unroundedFee, CreditFeeHandling handling) {
    if (handling == null) {
      return new BigDecimal("0.00");
    }
    if (handling.clientAbsolutePercentage() != null) {
      return amount
          .multiply(handling.clientAbsolutePercentage())
          .movePointLeft(2)
          .setScale(2, RoundingMode.HALF_UP);
    }
    return unroundedFee
        .multiply(handling.clientPays())
        .movePointLeft(2)
        .setScale(2, RoundingMode.HALF_UP);
  }

  private static ClientInvoice invoice(BigDecimal amount, CreditFeeHandling handling) {
    return ClientInvoice.builder()
        .invoiceId("inv")
        .status(InvoiceStatus.OPEN)
        .amount(amount)
        .creditFeeHandling(handling)
        .build();
  }

  /**
   * The default (null), a client/member split in hundredths of a percent, or an absolute
   * percentage.
   */
  @Provide
  Arbitrary<CreditFeeHandling> handlings() {
    Arbitrary<CreditFeeHandling> split =
        Arbitraries.integers()
            .between(1, 10_000)
            .map(
                hundredths -> {
                  BigDecimal client = BigDecimal.valueOf(hundredths, 2);
                  return new CreditFeeHandling(
                      null, client, BigDecimal.valueOf(100).subtract(client));
                });
    Arbitrary<CreditFeeHandling> absolute =
        Arbitraries.integers()
            .between(1, 10_000)
            .map(
                hundredths -> new CreditFeeHandling(BigDecimal.valueOf(hundredths, 2), null, null));
    return Arbitraries.oneOf(Arbitraries.just(null), split, absolute);
  }

  /** Percent 0 to 10 with up to three decimals, plus a fixed part of 0 to 1.00. */
  @Provide
  Arbitrary<FeeSchedule> schedules() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 100))
        .as(
            (thousandths, fixedCents) ->
                FeeSchedule.parse(
                    BigDecimal.valueOf(thousandths, 3).toPlainString()
                        + "%+"
                        + BigDecimal.valueOf(fixedCents, 2)));
  }
}
