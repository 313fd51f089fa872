package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A ClientInvoice with every field populated survives decode and encode unchanged, and obeys the
 * contract.
 */
class ClientInvoiceFixtureTest {
  private static String text;
  private static ClientInvoice invoice;

  @BeforeAll
  static void readFixture() throws IOException {
    text = Fixtures.fullInvoiceText();
    invoice = WingspanJson.mapper().readValue(text, ClientInvoice.class);
  }

  @Test
  void fixtureRoundTripsWithNoValueChanged() {
    JsonNode original = WireSchema.tree(text);
    JsonNode reencoded = WireSchema.tree(WireSchema.write(invoice));

    assertThat(JsonTrees.differences(original, reencoded)).isEmpty();
    assertThat(JsonTrees.numbers(original)).as("numbers compared").isGreaterThan(30);
  }

  @Test
  void fixtureDecodesAgainToAnEqualValue() {
    assertThat(WireSchema.read(WireSchema.write(invoice), ClientInvoice.class)).isEqualTo(invoice);
  }

  @Test
  void fixtureValidatesAgainstTheProjectSchema() {
    WireSchema.assertValid("ClientInvoice", WireSchema.tree(text));
  }

  @Test
  void amountsKeepEveryDigitAndScale() {
    InvoiceLineItem first = invoice.lineItems().get(0);
    assertThat(invoice.amount()).isEqualTo(new BigDecimal("12345678901234.56"));
    assertThat(first.costPerUnit()).isEqualTo(new BigDecimal("0.1"));
    assertThat(first.totalCost()).isEqualTo(new BigDecimal("0.30"));
    assertThat(first.discount().amount()).isEqualTo(new BigDecimal("0.01"));
    assertThat(first.discount().percentage()).isEqualTo(new BigDecimal("1E-7"));
    assertThat(invoice.creditFeeHandling().memberPays()).isEqualTo(new BigDecimal("100"));
  }

  @Test
  void decimalArithmeticOnDecodedAmountsIsExact() {
    BigDecimal pointOne = invoice.lineItems().get(0).costPerUnit();
    BigDecimal pointTwo = invoice.chargedFees().processingFee().amount();

    assertThat(pointOne.add(pointTwo)).isEqualTo(new BigDecimal("0.3"));
    assertThat(pointOne.multiply(invoice.lineItems().get(0).quantity()))
        .isEqualByComparingTo(invoice.lineItems().get(0).totalCost());
  }

  @Test
  void nullItemsInArraysAreKeptAndFeeSharesArePlainDecimals() {
    assertThat(invoice.acceptedPaymentMethods())
        .containsExactly(PaymentMethod.CREDIT, PaymentMethod.ACH, null, PaymentMethod.MANUAL);
    assertThat(invoice.memberFormattedAddressLines()).containsNull();
    assertThat(invoice.memberClient().eligibilityRequirements()).hasSize(2).last().isNull();
    assertThat(invoice.creditFeeHandling().clientPays()).isEqualByComparingTo("0");
  }

  @Test
  void nonIdentifierWireNamesMapToReadableComponents() {
    assertThat(invoice.memberClient().form1099Balances().year2021().status())
        .isEqualTo(Form1099Status.EXCLUDED);
    assertThat(invoice.memberClient().form1099Balances().year2022().platformIncome())
        .isEqualTo(new BigDecimal("12345678901234.56"));
    assertThat(invoice.memberClient().internal().track().form1099Filings().year2021())
        .isEqualTo("filing-2021");
  }

  /** Guards the fixture itself: if a field were left out, the round trip above would prove less. */
  @Test
  void fixturePopulatesEveryFieldOfEveryReachableRecord() {
    List<String> empty = new ArrayList<>();
    Set<Class<?>> visited = new LinkedHashSet<>();
    List<OpenEnum> enums = new ArrayList<>();
    walk("$", invoice, empty, visited, enums);

    assertThat(empty).as("fields the fixture leaves null or absent").isEmpty();
    assertThat(visited)
        .containsExactlyInAnyOrderElementsOf(ModelTypes.reachableFrom(ClientInvoice.class));
    assertThat(enums).as("enum values in the fixture").isNotEmpty().allMatch(OpenEnum::isKnown);
  }

  private static void walk(
      String path, Object value, List<String> empty, Set<Class<?>> visited, List<OpenEnum> enums) {
    if (value instanceof JsonNullable<?> nullable) {
      // An explicit null counts as populated: it is one of the three states the wire can carry.
      if (!nullable.isPresent()) {
        empty.add(path);
      } else if (nullable.get() != null) {
        walk(path, nullable.get(), empty, visited, enums);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) != null) {
          walk(path + "[" + i + "]", list.get(i), empty, visited, enums);
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> walk(path + "." + key, item, empty, visited, enums));
    } else if (value instanceof OpenEnum openEnum) {
      enums.add(openEnum);
    } else if (value != null && value.getClass().isRecord()) {
      visited.add(value.getClass());
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        Object field = read(component, value);
        String at = path + "." + ModelTypes.wireName(component);
        if (field == null) {
          empty.add(at);
        } else {
          walk(at, field, empty, visited, enums);
        }
      }
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }
}
