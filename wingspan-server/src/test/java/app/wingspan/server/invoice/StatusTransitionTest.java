package app.wingspan.server.invoice;

import static app.wingspan.server.invoice.Fixtures.NOW;
import static app.wingspan.server.invoice.Fixtures.NOW_TEXT;
import static app.wingspan.server.invoice.Fixtures.RULES;
import static app.wingspan.server.invoice.Fixtures.TODAY;
import static app.wingspan.server.invoice.Fixtures.patch;
import static app.wingspan.server.invoice.Fixtures.refusal;
import static app.wingspan.server.invoice.Fixtures.stored;
import static app.wingspan.server.invoice.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceEvents;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.server.invoice.Fixtures.CountingNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every status a client may ask for, from every status an invoice can be seen in. */
class StatusTransitionTest {

  /** The 7 x 7 table. "Overdue" is a stored Open invoice past its due date. */
  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Draft            | Draft            | no change
      Draft            | Open             | Open
      Draft            | Overdue          | cannot change status from Draft to Overdue: Overdue is set by the system
      Draft            | Cancelled        | Cancelled
      Draft            | Pending          | cannot change status from Draft to Pending: Pending is set by the system
      Draft            | PaymentInTransit | cannot change status from Draft to PaymentInTransit: PaymentInTransit is set by the system
      Draft            | Paid             | cannot change status from Draft to Paid: only an Open or Overdue invoice can be marked paid
      Open             | Draft            | cannot change status from Open to Draft: an invoice never returns to Draft
      Open             | Open             | no change
      Open             | Overdue          | cannot change status from Open to Overdue: Overdue is set by the system
      Open             | Cancelled        | Cancelled
      Open             | Pending          | cannot change status from Open to Pending: Pending is set by the system
      Open             | PaymentInTransit | cannot change status from Open to PaymentInTransit: PaymentInTransit is set by the system
      Open             | Paid             | Paid
      Overdue          | Draft            | cannot change status from Overdue to Draft: an invoice never returns to Draft
      Overdue          | Open             | no change
      Overdue          | Overdue          | no change
      Overdue          | Cancelled        | Cancelled
      Overdue          | Pending          | cannot change status from Overdue to Pending: Pending is set by the system
      Overdue          | PaymentInTransit | cannot change status from Overdue to PaymentInTransit: PaymentInTransit is set by the system
      Overdue          | Paid             | Paid
      Cancelled        | Draft            | cannot change status from Cancelled to Draft: Cancelled is final
      Cancelled        | Open             | cannot change status from Cancelled to Open: Cancelled is final
      Cancelled        | Overdue          | cannot change status from Cancelled to Overdue: Cancelled is final
      Cancelled        | Cancelled        | no change
      Cancelled        | Pending          | cannot change status from Cancelled to Pending: Cancelled is final
      Cancelled        | PaymentInTransit | cannot change status from Cancelled to PaymentInTransit: Cancelled is final
      Cancelled        | Paid             | cannot change status from Cancelled to Paid: Cancelled is final
      Pending          | Draft            | cannot change status from Pending to Draft: an invoice never returns to Draft
      Pending          | Open             | cannot change status from Pending to Open: Pending changes only through the system or by cancelling
      Pending          | Overdue          | cannot change status from Pending to Overdue: Overdue is set by the system
      Pending          | Cancelled        | Cancelled
      Pending          | Pending          | no change
      Pending          | PaymentInTransit | cannot change status from Pending to PaymentInTransit: PaymentInTransit is set by the system
      Pending          | Paid             | cannot change status from Pending to Paid: only an Open or Overdue invoice can be marked paid
      PaymentInTransit | Draft            | cannot change status from PaymentInTransit to Draft: an invoice never returns to Draft
      PaymentInTransit | Open             | cannot change status from PaymentInTransit to Open: a payment is in transit
      PaymentInTransit | Overdue          | cannot change status from PaymentInTransit to Overdue: Overdue is set by the system
      PaymentInTransit | Cancelled        | cannot change status from PaymentInTransit to Cancelled: a payment is in transit
      PaymentInTransit | Pending          | cannot change status from PaymentInTransit to Pending: Pending is set by the system
      PaymentInTransit | PaymentInTransit | no change
      PaymentInTransit | Paid             | cannot change status from PaymentInTransit to Paid: a payment is in transit
      Paid             | Draft            | cannot change status from Paid to Draft: Paid is final
      Paid             | Open             | cannot change status from Paid to Open: Paid is final
      Paid             | Overdue          | cannot change status from Paid to Overdue: Paid is final
      Paid             | Cancelled        | cannot change status from Paid to Cancelled: Paid is final
      Paid             | Pending          | cannot change status from Paid to Pending: Paid is final
      Paid             | PaymentInTransit | cannot change status from Paid to PaymentInTransit: Paid is final
      Paid             | Paid             | no change
      """)
  void clientMovesFollowTheTable(String from, String to, String expected) {
    ClientInvoice before = stored(from);
    CountingNumbers numbers = new CountingNumbers();
    ClientInvoiceUpdateRequest request = patch("{'status': '" + to + "'}");

    if (expected.startsWith("cannot")) {
      InvoiceRuleException e = refusal(() -> RULES.apply(before, request, NOW, TODAY, numbers));
      assertThat(e.kind()).isEqualTo(InvoiceRuleException.Kind.CONFLICT);
      assertThat(e.code()).isEqualTo("INVALID_STATUS_TRANSITION");
      assertThat(e.param()).isEqualTo("status");
      assertThat(e.getMessage()).isEqualTo(expected);
      assertThat(numbers.calls).isEmpty();
      return;
    }
    Update update = RULES.apply(before, request, NOW, TODAY, numbers);
    if (expected.equals("no change")) {
      assertThat(update.changed()).isFalse();
      assertThat(update.changes()).isEmpty();
      assertThat(update.invoice()).isSameAs(before);
    } else {
      assertThat(update.invoice().status()).isEqualTo(InvoiceStatus.of(expected));
      assertThat(update.invoice().updatedAt()).isEqualTo(NOW_TEXT);
      assertThat(update.changes())
          .first()
          .isEqualTo(new FieldChange("status", before.status().value(), expected));
      assertThat(update.changes())
          .last()
          .isEqualTo(new FieldChange("updatedAt", before.updatedAt(), NOW_TEXT));
    }
    assertThat(numbers.calls).hasSize(from.equals("Draft") && expected.equals("Open") ? 1 : 0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{}", "{'status': null}", "{'creditFeeHandling': {}}"})
  void anAbsentOrNullStatusChangesNothing(String body) {
    for (String from :
        List.of("Draft", "Open", "Overdue", "Cancelled", "Pending", "PaymentInTransit", "Paid")) {
      ClientInvoice before = stored(from);
      Update update = RULES.apply(before, patch(body), NOW, TODAY, new CountingNumbers());
      assertThat(update.changed()).as(from).isFalse();
      assertThat(update.invoice()).as(from).isSameAs(before);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Opened", "open", "PAID", "", "Refunded"})
  void anUnknownStatusIsInvalidNamingStatus(String value) {
    ClientInvoiceUpdateRequest request =
        ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.of(value)).build();
    InvoiceRuleException e =
        refusal(() -> RULES.apply(stored("Open"), request, NOW, TODAY, new CountingNumbers()));
    assertThat(e.kind()).isEqualTo(InvoiceRuleException.Kind.INVALID);
    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(e.param()).isEqualTo("status");
    assertThat(e.getMessage())
        .isEqualTo(
            "status '"
                + value
                + "' is not a known invoice status; a client may set Open, Cancelled or Paid");
  }

  @Test
  void anUnknownStatusIsInvalidEvenOnAFinalInvoice() {
    ClientInvoiceUpdateRequest request =
        ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.of("Refunded")).build();
    InvoiceRuleException e =
        refusal(() -> RULES.apply(stored("Paid"), request, NOW, TODAY, new CountingNumbers()));
    assertThat(e.kind()).isEqualTo(InvoiceRuleException.Kind.INVALID);
  }

  @Test
  void aStoredStatusThisServerDoesNotKnowMovesNowhere() {
    ClientInvoice before = stored("Open").toBuilder().status(InvoiceStatus.of("Disputed")).build();
    InvoiceRuleException e =
        refusal(
            () ->
                RULES.apply(
                    before, patch("{'status': 'Cancelled'}"), NOW, TODAY, new CountingNumbers()));
    assertThat(e.getMessage())
        .isEqualTo(
            "cannot change status from Disputed to Cancelled: the current status is not one this server knows");
    assertThat(
            RULES
                .apply(before, patch("{'status': null}"), NOW, TODAY, new CountingNumbers())
                .changed())
        .isFalse();
  }

  @Test
  void sendingSetsSentAtOpenedAtAndTheNextNumber() {
    ClientInvoice before = stored("Draft");
    CountingNumbers numbers = new CountingNumbers();
    Update update = RULES.apply(before, patch("{'status': 'Open'}"), NOW, TODAY, numbers);

    assertThat(numbers.calls).containsExactly("mem_1");
    assertThat(update.invoice().invoiceNumber()).isEqualTo("1");
    assertThat(update.invoice().events().sentAt()).isEqualTo(NOW_TEXT);
    assertThat(update.invoice().events().openedAt()).isEqualTo(NOW_TEXT);
    assertThat(update.changes())
        .containsExactly(
            new FieldChange("status", "Draft", "Open"),
            new FieldChange("invoiceNumber", "", "1"),
            new FieldChange("events.sentAt", null, NOW_TEXT),
            new FieldChange("events.openedAt", null, NOW_TEXT),
            new FieldChange("updatedAt", before.updatedAt(), NOW_TEXT));
  }

  @Test
  void sendingKeepsAnOpenedAtAndANumberAlreadyThere() {
    ClientInvoice before =
        stored("Draft").toBuilder()
            .invoiceNumber("41")
            .events(InvoiceEvents.builder().openedAt("2026-11-20T00:00:00.000Z").build())
            .build();
    CountingNumbers numbers = new CountingNumbers();
    Update update = RULES.apply(before, patch("{'status': 'Open'}"), NOW, TODAY, numbers);

    assertThat(numbers.calls).isEmpty();
    assertThat(update.invoice().invoiceNumber()).isEqualTo("41");
    assertThat(update.invoice().events().openedAt()).isEqualTo("2026-11-20T00:00:00.000Z");
    assertThat(update.invoice().events().sentAt()).isEqualTo(NOW_TEXT);
  }

  @Test
  void numbersAreHandedOutOnlyWhenADraftIsSent() {
    CountingNumbers numbers = new CountingNumbers();
    ClientInvoice draft = stored("Draft");
    RULES.apply(draft, patch("{'status': 'Draft'}"), NOW, TODAY, numbers);
    RULES.apply(draft, patch("{'status': 'Cancelled'}"), NOW, TODAY, numbers);
    ClientInvoice sent =
        RULES.apply(draft, patch("{'status': 'Open'}"), NOW, TODAY, numbers).invoice();
    Update retried = RULES.apply(sent, patch("{'status': 'Open'}"), NOW, TODAY, numbers);
    RULES.apply(sent, patch("{'status': 'Paid'}"), NOW, TODAY, numbers);
    ClientInvoice second =
        RULES
            .apply(
                stored("Draft").toBuilder().invoiceId("inv_2").build(),
                patch("{'status': 'Open'}"),
                NOW,
                TODAY,
                numbers)
            .invoice();

    assertThat(retried.changed()).isFalse();
    assertThat(numbers.calls).containsExactly("mem_1", "mem_1");
    assertThat(List.of(sent.invoiceNumber(), second.invoiceNumber())).containsExactly("1", "2");
  }

  @Test
  void aRetriedSendAfterTheDueDatePassedIsNoChange() {
    ClientInvoice sent = stored("Draft").toBuilder().dueDate("2026-11-20").build();
    ClientInvoice open =
        RULES.apply(sent, patch("{'status': 'Open'}"), NOW, TODAY, new CountingNumbers()).invoice();
    assertThat(RULES.asSeen(open, TODAY).status()).isEqualTo(InvoiceStatus.OVERDUE);

    Update retried =
        RULES.apply(open, patch("{'status': 'Open'}"), NOW, TODAY, new CountingNumbers());
    assertThat(retried.changed()).isFalse();
  }

  @Test
  void aDocumentWithoutEventsOrProcessingFeesGetsThemWhenChanged() {
    ClientInvoice bare = stored("Draft").toBuilder().events(null).processingFees(null).build();
    Update update =
        RULES.apply(
            bare,
            patch("{'status': 'Open', 'creditFeeHandling': {'clientPays': 100}}"),
            NOW,
            TODAY,
            new CountingNumbers());
    assertThat(update.invoice().events().sentAt()).isEqualTo(NOW_TEXT);
    assertThat(update.invoice().processingFees().creditCardFee().amount())
        .isEqualByComparingTo("3.20");
    assertThat(update.changes())
        .extracting(FieldChange::field)
        .containsExactly(
            "status",
            "invoiceNumber",
            "events.sentAt",
            "events.openedAt",
            "creditFeeHandling",
            "processingFees.creditCardFee.amount",
            "processingFees.creditCardFee.calculatedAt",
            "updatedAt");
  }

  @Test
  void cancellingSetsCancelledAt() {
    ClientInvoice before = stored("Pending");
    Update update =
        RULES.apply(before, patch("{'status': 'Cancelled'}"), NOW, TODAY, new CountingNumbers());
    assertThat(update.invoice().events().cancelledAt()).isEqualTo(NOW_TEXT);
    assertThat(update.changes())
        .containsExactly(
            new FieldChange("status", "Pending", "Cancelled"),
            new FieldChange("events.cancelledAt", null, NOW_TEXT),
            new FieldChange("updatedAt", before.updatedAt(), NOW_TEXT));
  }

  @Test
  void payingAnOverdueInvoiceMarksItPaidOutsideThePlatform() {
    ClientInvoice before = stored("Overdue");
    Update update =
        RULES.apply(before, patch("{'status': 'Paid'}"), NOW, TODAY, new CountingNumbers());
    assertThat(update.invoice().status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(update.invoice().events().markedPaidAt()).isEqualTo(NOW_TEXT);
    assertThat(update.invoice().events().paidAt()).isEqualTo(NOW_TEXT);
    assertThat(update.changes())
        .containsExactly(
            new FieldChange("status", "Open", "Paid"),
            new FieldChange("events.markedPaidAt", null, NOW_TEXT),
            new FieldChange("events.paidAt", null, NOW_TEXT),
            new FieldChange("updatedAt", before.updatedAt(), NOW_TEXT));
    assertThat(RULES.asSeen(update.invoice(), TODAY).status()).isEqualTo(InvoiceStatus.PAID);
  }

  /**
   * For every allowed move: the JSON of the document differs exactly in the fields the changes
   * list.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Draft,Open",
    "Draft,Cancelled",
    "Open,Cancelled",
    "Open,Paid",
    "Overdue,Cancelled",
    "Overdue,Paid",
    "Pending,Cancelled"
  })
  void aMoveTouchesOnlyTheFieldsItReports(String from, String to) {
    ClientInvoice before = stored(from);
    Update update =
        RULES.apply(before, patch("{'status': '" + to + "'}"), NOW, TODAY, new CountingNumbers());

    assertThat(differingPaths(tree(before), tree(update.invoice())))
        .containsExactlyInAnyOrderElementsOf(
            update.changes().stream().map(FieldChange::field).toList());
  }

  /** Leaf paths (objects descended, arrays and scalars compared whole) whose JSON differs. */
  static List<String> differingPaths(JsonNode before, JsonNode after) {
    List<String> paths = new ArrayList<>();
    collect("", before, after, paths);
    return paths;
  }

  private static void collect(String path, JsonNode before, JsonNode after, List<String> paths) {
    boolean bothObjects = before != null && after != null && before.isObject() && after.isObject();
    if (!bothObjects) {
      if (before == null || after == null || !before.equals(after)) {
        paths.add(path);
      }
      return;
    }
    TreeSet<String> names = new TreeSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode b = before.get(name);
      JsonNode a = after.get(name);
      if (b != null && b.isNull()) {
        b = null;
      }
      if (a != null && a.isNull()) {
        a = null;
      }
      if (b == null && a == null) {
        continue;
      }
      collect(path.isEmpty() ? name : path + "." + name, b, a, paths);
    }
  }

  @Test
  void theDiffHelperSeesEveryKindOfDifference() {
    ObjectNode a = (ObjectNode) tree(Map.of("x", 1, "o", Map.of("y", "a", "z", List.of(1))));
    ObjectNode b =
        (ObjectNode) tree(Map.of("x", 2, "o", Map.of("y", "a", "z", List.of(2)), "n", "new"));
    assertThat(differingPaths(a, b)).containsExactlyInAnyOrder("x", "o.z", "n");
    assertThat(differingPaths(a, a.deepCopy())).isEmpty();
  }
}
