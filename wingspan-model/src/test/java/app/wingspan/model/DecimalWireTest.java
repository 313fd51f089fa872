package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money never passes through {@code double}. A decimal is read as written and written as plain
 * decimal text; a number in exponent form is written in plain form with the same value (1e-2
 * becomes 0.01, 1E+3 becomes 1000).
 */
class DecimalWireTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # read         | written                  | value as BigDecimal
      0.1            | 0.1                      | 0.1
      0.10           | 0.10                     | 0.10
      0.3            | 0.3                      | 0.3
      1e-2           | 0.01                     | 0.01
      1E-2           | 0.01                     | 0.01
      1e-7           | 0.0000001                | 1E-7
      1E+3           | 1000                     | 1E+3
      2.5e2          | 250                      | 2.5E+2
      0              | 0                        | 0
      -0.0           | 0.0                      | 0.0
      -12.345        | -12.345                  | -12.345
      100            | 100                      | 100
      12345678901234.56 | 12345678901234.56     | 12345678901234.56
      9007199254740993  | 9007199254740993      | 9007199254740993
      0.1000000000000000055511151231257827 | 0.1000000000000000055511151231257827 | 0.1000000000000000055511151231257827
      123456789012345678901234567890.123456789 | 123456789012345678901234567890.123456789 | 123456789012345678901234567890.123456789
      """)
  void decimalsAreReadExactlyAndWrittenPlain(String read, String written, BigDecimal value) {
    InvoiceFeeCalculation decoded =
        WireSchema.read("{\"creditFeeTotal\":" + read + "}", InvoiceFeeCalculation.class);

    assertThat(decoded.creditFeeTotal()).isEqualTo(value);
    assertThat(WireSchema.write(decoded)).isEqualTo("{\"creditFeeTotal\":" + written + "}");
    assertThat(
            WireSchema.read(WireSchema.write(decoded), InvoiceFeeCalculation.class)
                .creditFeeTotal())
        .isEqualByComparingTo(value);
  }

  @Test
  void pointOnePlusPointTwoIsPointThree() {
    BigDecimal a = WireSchema.read("{\"amount\":0.1}", Fee.class).amount();
    BigDecimal b = WireSchema.read("{\"amount\":0.2}", Fee.class).amount();

    assertThat(a.add(b)).isEqualTo(new BigDecimal("0.3"));
    assertThat(WireSchema.write(new Fee(a.add(b), null))).isEqualTo("{\"amount\":0.3}");
  }

  @Test
  void decimalsInFreeFormObjectsKeepTheirScale() {
    String json = "{\"address\":{\"a\":1.10,\"b\":[0.1,1e-2],\"c\":12345678901234.56}}";

    Form1099Correction correction = WireSchema.read(json, Form1099Correction.class);

    assertThat(WireSchema.write(correction))
        .isEqualTo("{\"address\":{\"a\":1.10,\"b\":[0.1,0.01],\"c\":12345678901234.56}}");
  }
}
