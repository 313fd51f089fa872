package app.wingspan.server.invoice;

import static app.wingspan.server.invoice.Fixtures.feeHandling;
import static app.wingspan.server.invoice.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.model.ClientInvoice;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The card fee: schedule, client share, member remainder. */
class CardFeesTest {

  private static ClientInvoice invoice(String amount, String handling) {
    return stored("Open").toBuilder()
        .amount(new BigDecimal(amount))
        .creditFeeHandling(feeHandling(handling))
        .build();
  }

  /**
   * amount | creditFeeHandling | card fee | client share (creditFeeTotal) | member share. Default
   * schedule.
   */
  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
      100.00            | null                                        | 3.20         | 0.00         | 3.20
      100.00            | {'clientPays': 100, 'memberPays': 0}        | 3.20         | 3.20         | 0.00
      100.00            | {'clientPays': 50, 'memberPays': 50}        | 3.20         | 1.60         | 1.60
      100.00            | {'clientPays': 33.33, 'memberPays': 66.67}  | 3.20         | 1.07         | 2.13
      100.00            | {'clientPays': 0, 'memberPays': 100}        | 3.20         | 0.00         | 3.20
      100.00            | {'memberPays': 25}                          | 3.20         | 2.40         | 0.80
      33.33             | {'clientPays': 50, 'memberPays': 50}        | 1.27         | 0.63         | 0.64
      0.01              | {'clientPays': 100, 'memberPays': 0}        | 0.30         | 0.30         | 0.00
      0.01              | {'clientPays': 50, 'memberPays': 50}        | 0.30         | 0.15         | 0.15
      1000.00           | {'clientAbsolutePercentage': 2.5}           | 29.30        | 25.00        | 4.30
      1000.00           | {'clientAbsolutePercentage': 3}             | 29.30        | 30.00        | -0.70
      99.99             | {'clientAbsolutePercentage': 0.01}          | 3.20         | 0.01         | 3.19
      12345678901234.56 | null                                        | 358024688136.10 | 0.00      | 358024688136.10
      12345678901234.56 | {'clientPays': 33.33, 'memberPays': 66.67}  | 358024688136.10 | 119329628555.76 | 238695059580.34
      0.00              | {'clientPays': 100, 'memberPays': 0}        | 0.00         | 0.00         | 0.00
      0                 | {'clientAbsolutePercentage': 3}             | 0.00         | 0.00         | 0.00
      """)
  void theClientPaysItsShareAndTheMemberTheExactRemainder(
      String amount, String handling, String cardFee, String client, String member) {
    ClientInvoice invoice = invoice(amount, handling);
    FeeSplit split = Fixtures.RULES.feeSplit(invoice);
    assertThat(split.cardFee().toPlainString()).isEqualTo(cardFee);
    assertThat(split.clientShare().toPlainString()).isEqualTo(client);
    assertThat(split.memberShare().toPlainString()).isEqualTo(member);
    assertThat(Fixtures.RULES.fees(invoice).creditFeeTotal()).isEqualTo(split.clientShare());
  }

  @Test
  void thePartsAlwaysAddUp() {
    String[] amounts = {"0.01", "0.99", "1.00", "7.77", "33.33", "100.00", "1234.57", "99999.99"};
    String[] shares = {"0", "0.01", "1", "12.5", "33.33", "50", "66.67", "99.99", "100"};
    for (String amount : amounts) {
      for (String share : shares) {
        FeeSplit split = Fixtures.RULES.feeSplit(invoice(amount, "{'clientPays': " + share + "}"));
        assertThat(split.clientShare().add(split.memberShare()))
            .as("%s at %s%%", amount, share)
            .isEqualTo(split.cardFee());
        assertThat(split.clientShare().scale()).isEqualTo(2);
        assertThat(split.memberShare().signum()).isGreaterThanOrEqualTo(0);
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1} on 200.00 -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      3.5%+0     | {'clientPays': 100} | 7.00
      0%+0.50    | {'clientPays': 100} | 0.50
      2.9%+0.30  | {'clientPays': 100} | 6.10
      1.25%+0.05 | {'clientPays': 50}  | 1.28
      """)
  void theScheduleIsConfigurable(String schedule, String handling, String expected) {
    InvoiceRules rules = new InvoiceRules(FeeSchedule.parse(schedule));
    assertThat(rules.fees(invoice("200.00", handling)).creditFeeTotal().toPlainString())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      2.9%+0.30        | 2.9   | 0.30
      " 3 % + 0.5 "    | 3     | 0.5
      2.9%             | 2.9   | 0.00
      0%+0             | 0     | 0
      100%+1.25        | 100   | 1.25
      1.234567%+10     | 1.234567 | 10
      """)
  void aScheduleParsesFromConfigurationText(String text, String percent, String fixed) {
    FeeSchedule schedule = FeeSchedule.parse(text);
    assertThat(schedule.percent().toPlainString()).isEqualTo(percent);
    assertThat(schedule.fixed().toPlainString()).isEqualTo(fixed);
    assertThat(FeeSchedule.parse(schedule.toString())).isEqualTo(schedule);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      ""            | fee schedule '' is not of the form <percent>%+<fixed>, e.g. 2.9%+0.30
      2.9           | fee schedule '2.9' is not of the form <percent>%+<fixed>, e.g. 2.9%+0.30
      2.9%+         | fee schedule '2.9%+' is not of the form <percent>%+<fixed>, e.g. 2.9%+0.30
      abc           | fee schedule 'abc' is not of the form <percent>%+<fixed>, e.g. 2.9%+0.30
      -1%+0.30      | fee schedule '-1%+0.30' is not of the form <percent>%+<fixed>, e.g. 2.9%+0.30
      2.9%-0.30     | fee schedule '2.9%-0.30' is not of the form <percent>%+<fixed>, e.g. 2.9%+0.30
      2.9%+0.301    | fee schedule '2.9%+0.301' is not of the form <percent>%+<fixed>, e.g. 2.9%+0.30
      0.30+2.9%     | fee schedule '0.30+2.9%' is not of the form <percent>%+<fixed>, e.g. 2.9%+0.30
      101%+0        | fee schedule percent must be between 0 and 100, got 101
      """)
  void aBadScheduleIsRefusedWithTheExpectedForm(String text, String message) {
    assertThatThrownBy(() -> FeeSchedule.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void aMissingScheduleIsRefused() {
    assertThatThrownBy(() -> FeeSchedule.parse(null))
        .hasMessage("fee schedule is missing; expected a form like 2.9%+0.30");
    assertThatThrownBy(() -> new FeeSchedule(BigDecimal.ONE, new BigDecimal("-0.01")))
        .hasMessage("fee schedule fixed part must not be negative, got -0.01");
    assertThatThrownBy(() -> new FeeSchedule(BigDecimal.ONE, new BigDecimal("0.001")))
        .hasMessage("fee schedule fixed part is money and has at most 2 decimals, got 0.001");
  }

  @Test
  void theDefaultIsTwoPointNinePercentPlusThirtyCents() {
    assertThat(FeeSchedule.DEFAULT).isEqualTo(FeeSchedule.parse("2.9%+0.30"));
    assertThat(FeeSchedule.DEFAULT.toString()).isEqualTo("2.9%+0.30");
  }
}
