package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The read model's typed views: open enums to switch on, timestamps and dates beside their wire
 * text.
 */
class ReadModelAccessorsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Draft,            DRAFT",
    "PaymentInTransit, PAYMENT_IN_TRANSIT",
    "Paid,             PAID",
    "Refunded,         UNKNOWN_TO_SDK_VERSION",
    "paid,             UNKNOWN_TO_SDK_VERSION"
  })
  void anOpenEnumSwitchesOnItsKindAndKeepsAnUnknownWireValue(String wire, InvoiceStatus.Kind kind) {
    InvoiceStatus status = WireSchema.read("\"" + wire + "\"", InvoiceStatus.class);

    assertThat(status.kind()).isEqualTo(kind);
    assertThat(status.value()).isEqualTo(wire);
    String said =
        switch (status.kind()) {
          case PAID -> "paid";
          case UNKNOWN_TO_SDK_VERSION -> "unknown " + status.value();
          default -> "other";
        };
    assertThat(said).isIn("paid", "other", "unknown " + wire);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      value = {
        "2026-11-24T06:16:39.000Z,       2026-11-24T06:16:39Z",
        "2026-11-24T07:16:39.5+01:00,    2026-11-24T06:16:39.500Z",
        "null,                           null"
      })
  void timestampsReadAsInstants(String wire, String instant) {
    ClientInvoice invoice = ClientInvoice.builder().createdAt(wire).build();

    assertThat(invoice.createdAtAsInstant())
        .isEqualTo(java.util.Optional.ofNullable(instant).map(Instant::parse));
    assertThat(invoice.createdAt()).isEqualTo(wire);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      value = {"2026-12-31, 2026-12-31", "null, null"})
  void datesReadAsLocalDates(String wire, String date) {
    ClientInvoice invoice = ClientInvoice.builder().dueDate(wire).build();

    assertThat(invoice.dueDateAsLocalDate())
        .isEqualTo(java.util.Optional.ofNullable(date).map(LocalDate::parse));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"yesterday", "2026-13-01T00:00:00Z", "2026-11-24 06:16:39"})
  void textThatIsNoInstantFailsLoudly(String wire) {
    ClientInvoice invoice = ClientInvoice.builder().createdAt(wire).build();

    assertThatThrownBy(invoice::createdAtAsInstant).isInstanceOf(DateTimeParseException.class);
  }
}
