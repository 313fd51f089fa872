package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Any decimal an amount can hold survives encode and decode with its value, and its scale when not
 * negative.
 */
class DecimalRoundTripPropertyTest {

  @Property(tries = 500)
  void anyDecimalRoundTripsExactly(
      @ForAll @BigRange(min = "-1000000000000000000000000", max = "1000000000000000000000000")
          BigInteger unscaled,
      @ForAll @IntRange(min = -12, max = 30) int scale) {
    BigDecimal amount = new BigDecimal(unscaled, scale);

    String json = WireSchema.write(new Fee(amount, null));
    BigDecimal decoded = WireSchema.read(json, Fee.class).amount();

    assertThat(json).doesNotContain("E").doesNotContain("e");
    assertThat(decoded).isEqualByComparingTo(amount);
    if (scale >= 0) {
      assertThat(decoded).isEqualTo(amount);
    }
  }

  @Property(tries = 200)
  void sumsOfDecodedCentsAreExact(
      @ForAll @IntRange(min = 0, max = 1_000_000) int a,
      @ForAll @IntRange(min = 0, max = 1_000_000) int b) {
    BigDecimal first =
        WireSchema.read("{\"amount\":" + BigDecimal.valueOf(a, 2) + "}", Fee.class).amount();
    BigDecimal second =
        WireSchema.read("{\"amount\":" + BigDecimal.valueOf(b, 2) + "}", Fee.class).amount();

    assertThat(first.add(second)).isEqualTo(BigDecimal.valueOf((long) a + b, 2));
  }
}
