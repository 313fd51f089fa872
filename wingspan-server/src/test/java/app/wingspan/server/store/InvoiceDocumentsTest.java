package app.wingspan.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.CreditFeeHandling;
import app.wingspan.model.Fee;
import app.wingspan.model.Fees;
import app.wingspan.model.InvoiceEvents;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PaymentInfo;
import app.wingspan.model.PaymentMeansType;
import app.wingspan.model.ProcessingFees;
import app.wingspan.server.DemoData;
import app.wingspan.server.invoice.FeeSchedule;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored invoice in two parts: what never changes after create, and what a change rewrites. */
class InvoiceDocumentsTest {
  private static final ObjectMapper JSON = ServerJson.mapper();

  /** The demo invoice with every member of the state set, as after a payment. */
  private static final ClientInvoice FULL =
      InvoiceDocuments.decode(DemoData.benchInvoice(new InvoiceRules(FeeSchedule.DEFAULT)))
          .toBuilder()
          .status(InvoiceStatus.PAID)
          .invoiceNumber("7")
          .events(
              InvoiceEvents.builder()
                  .sentAt("2026-01-16T09:00:00.000Z")
                  .paidAt("2026-01-17T09:00:00.000Z")
                  .build())
          .creditFeeHandling(
              new CreditFeeHandling(null, new BigDecimal("50"), new BigDecimal("50")))
          .processingFees(
              new ProcessingFees(new Fee(new BigDecimal("1.75"), "2026-01-16T09:00:00.000Z"), null))
          .chargedFees(new Fees(null, new Fee(new BigDecimal("1.75"), "2026-01-17T09:00:00.000Z")))
          .paymentInfo(
              new PaymentInfo(PaymentMeansType.CARD, null, "Visa", "Visa ending 4242", "4242"))
          .updatedAt("2026-01-17T09:00:00.000Z")
          .build();

  @Test
  void theStateRecordHoldsExactlyTheRowsStateFields() {
    List<String> components = new ArrayList<>();
    for (var component : InvoiceDocuments.State.class.getRecordComponents()) {
      components.add(component.getName());
    }
    assertThat(components).isEqualTo(InvoiceDocuments.STATE_FIELDS);
    // Written out once more here: reordering or renaming the state's members is a storage change.
    assertThat(InvoiceDocuments.STATE_FIELDS)
        .containsExactly(
            "status",
            "events",
            "invoiceNumber",
            "creditFeeHandling",
            "processingFees",
            "chargedFees",
            "paymentInfo",
            "updatedAt");
  }

  @Test
  void everyMemberIsInTheContentOrTheStateAndNeverInBoth() throws Exception {
    Set<String> content = names(InvoiceDocuments.encodeContent(FULL));
    Set<String> state = names(InvoiceDocuments.encodeState(FULL));
    Set<String> all = names(new String(InvoiceDocuments.encodeBytes(FULL), StandardCharsets.UTF_8));

    assertThat(state).containsExactlyInAnyOrderElementsOf(InvoiceDocuments.STATE_FIELDS);
    assertThat(content).doesNotContainAnyElementsOf(state);
    Set<String> union = new HashSet<>(content);
    union.addAll(state);
    assertThat(union).isEqualTo(all);
  }

  @Test
  void theStoredRowReadsBackAsTheSameInvoice() throws Exception {
    InvoiceRow row = row(FULL);

    assertThat(InvoiceDocuments.decode(row)).isEqualTo(FULL);
    assertThat(JSON.readTree(row.document()))
        .isEqualTo(JSON.readTree(InvoiceDocuments.encodeBytes(FULL)));
  }

  @Test
  void aChangeRewritesOnlyTheState() {
    InvoiceRow row = row(FULL);
    ClientInvoice changed =
        FULL.toBuilder()
            .status(InvoiceStatus.CANCELLED)
            .updatedAt("2026-02-01T00:00:00.000Z")
            .build();

    InvoiceRow next =
        InvoiceDocuments.nextVersion(row, changed, Instant.parse("2026-02-01T00:00:00Z"));

    assertThat(next.version()).isEqualTo(row.version() + 1);
    assertThat(next.content()).isSameAs(row.content());
    assertThat(next.status()).isEqualTo("Cancelled");
    assertThat(InvoiceDocuments.decode(next)).isEqualTo(changed);
  }

  @Test
  void theMigrationSplitsAWholeDocumentByteForByteAsTheServerWritesANewOne() throws Exception {
    String whole = new String(InvoiceDocuments.encodeBytes(FULL), StandardCharsets.UTF_8);

    String[] parts = V5__Invoice_state_apart_from_content.split(JSON, "inv", whole);

    assertThat(Arrays.asList(parts))
        .containsExactly(InvoiceDocuments.encodeContent(FULL), InvoiceDocuments.encodeState(FULL));
  }

  @Test
  void theDecodedMemoNeverAnswersForADocumentThatChanged() {
    InvoiceDocuments.Decoded decoded = new InvoiceDocuments.Decoded(16);
    InvoiceRow row = row(FULL);
    ClientInvoice first = decoded.of(row);
    assertThat(decoded.of(row)).isSameAs(first);

    // The same id and version, its state rewritten behind the server's back.
    InvoiceRow rewritten =
        new InvoiceRow(
            row.id(),
            row.clientId(),
            row.memberId(),
            "Open",
            row.version(),
            row.dueDate(),
            row.createdAt(),
            row.updatedAt(),
            row.content(),
            row.state().replace("\"Paid\"", "\"Open\""));

    assertThat(decoded.of(rewritten).status()).isEqualTo(InvoiceStatus.OPEN);
  }

  private static InvoiceRow row(ClientInvoice invoice) {
    return new InvoiceRow(
        invoice.invoiceId(),
        "client",
        "member",
        invoice.status().value(),
        3,
        LocalDate.parse(invoice.dueDate()),
        Instant.EPOCH,
        Instant.EPOCH,
        InvoiceDocuments.encodeContent(invoice),
        InvoiceDocuments.encodeState(invoice));
  }

  private static Set<String> names(String json) throws Exception {
    Set<String> names = new HashSet<>();
    JsonNode tree = JSON.readTree(json);
    tree.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
