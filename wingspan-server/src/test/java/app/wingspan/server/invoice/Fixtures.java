package app.wingspan.server.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.wingspan.model.Address;
import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.CreditFeeHandling;
import app.wingspan.model.InvoiceEvents;
import app.wingspan.model.InvoiceMetadata;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Shared inputs of the rules tests: parties, requests written as JSON, invoices in every status.
 */
final class Fixtures {

  static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");
  static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123Z");
  static final String NOW_TEXT = "2026-11-24T10:15:30.123Z";
  static final LocalDate TODAY = LocalDate.parse("2026-11-24");
  static final String FUTURE = "2026-12-31";
  static final String PAST = "2026-11-23";

  static final Party MEMBER =
      new Party(
          "mem_1",
          "Ada Lovelace",
          "Analytical Ltd",
          "ada@example.com",
          new Address("1 Engine Row", "London", "N1 9GU", "LDN", null),
          "https://example.com/logo.png");
  static final Party CLIENT =
      new Party(
          "cli_1",
          "Charles Babbage",
          "Difference Inc",
          "charles@example.com",
          new Address("2 Gear St", "Cambridge", "CB2 1TN", "CAM", "Floor 3"),
          null);
  static final Relationship RELATIONSHIP =
      new Relationship("mc_1", MEMBER, CLIENT, "2026-10-01T08:00:00.000Z");

  static final InvoiceRules RULES = new InvoiceRules(FeeSchedule.DEFAULT);

  private Fixtures() {}

  /** JSON written with single quotes for readability. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static <T> T read(String singleQuoted, Class<T> type) {
    try {
      return ServerJson.strictMapper().readValue(json(singleQuoted), type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static JsonNode tree(Object value) {
    return ServerJson.mapper().valueToTree(value);
  }

  static ClientInvoiceUpdateRequest patch(String singleQuoted) {
    return read(singleQuoted, ClientInvoiceUpdateRequest.class);
  }

  static CreditFeeHandling feeHandling(String singleQuotedOrNull) {
    return singleQuotedOrNull == null || singleQuotedOrNull.equals("null")
        ? null
        : read(singleQuotedOrNull, CreditFeeHandling.class);
  }

  /**
   * A valid create request with one line of 100.00 and the given extra fields (JSON members, may be
   * empty).
   */
  static ClientInvoiceCreateRequest createRequest(String extraMembers) {
    String extra = extraMembers.isEmpty() ? "" : ", " + extraMembers;
    return read(
        "{'memberId': 'mem_1', 'clientEmail': 'pay@difference.example', 'dueDate': '"
            + FUTURE
            + "', 'lineItems': [{'description': 'Design work', 'costPerUnit': 50, 'quantity': 2}]"
            + extra
            + "}",
        ClientInvoiceCreateRequest.class);
  }

  /** A create request from a full JSON body. */
  static ClientInvoiceCreateRequest createRequestJson(String singleQuoted) {
    return read(singleQuoted, ClientInvoiceCreateRequest.class);
  }

  /** A fresh Draft of 100.00 due {@link #FUTURE}. */
  static ClientInvoice draft() {
    return RULES.draft(createRequest(""), RELATIONSHIP, "inv_1", CREATED);
  }

  /**
   * An invoice as stored in {@code seen} status (Overdue = stored Open, due {@link #PAST}), with
   * many fields the rules never write set too, so tests can see that a change leaves them alone.
   */
  static ClientInvoice stored(String seen) {
    InvoiceStatus status = seen.equals("Overdue") ? InvoiceStatus.OPEN : InvoiceStatus.of(seen);
    ClientInvoice.Builder builder =
        draft().toBuilder()
            .status(status)
            .dueDate(seen.equals("Overdue") ? PAST : FUTURE)
            .invoiceNotes("Thanks for the work")
            .sourceId("src_9")
            .memberFormattedAddressLines(List.of("1 Engine Row", "London N1 9GU"))
            .metadata(new InvoiceMetadata(null, "2026-11-01", null, null, "PO-42"))
            .events(
                InvoiceEvents.builder().emailViewedAt(List.of("2026-11-02T10:00:00.000Z")).build());
    if (!seen.equals("Draft")) {
      builder
          .invoiceNumber("7")
          .events(
              InvoiceEvents.builder()
                  .emailViewedAt(List.of("2026-11-02T10:00:00.000Z"))
                  .sentAt("2026-11-02T09:00:00.000Z")
                  .openedAt("2026-11-02T09:00:00.000Z")
                  .build());
    }
    return builder.build();
  }

  /** Catches the rule exception the call must throw. */
  static InvoiceRuleException refusal(ThrowingCallable call) {
    InvoiceRuleException e = catchThrowableOfType(InvoiceRuleException.class, call);
    assertThat(e).as("expected an InvoiceRuleException").isNotNull();
    return e;
  }

  /** Invoice numbers per member, counting up from 1, remembering every call. */
  static final class CountingNumbers implements InvoiceNumbers {
    final List<String> calls = new ArrayList<>();
    private final Map<String, Integer> last = new HashMap<>();

    @Override
    public String next(String memberId) {
      calls.add(memberId);
      return Integer.toString(last.merge(memberId, 1, Integer::sum));
    }
  }
}
