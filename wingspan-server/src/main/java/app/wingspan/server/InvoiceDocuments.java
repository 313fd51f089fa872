package app.wingspan.server;

import app.wingspan.model.Address;
import app.wingspan.model.ClientInvoice;
import app.wingspan.model.CreditFeeHandling;
import app.wingspan.model.Fees;
import app.wingspan.model.InvoiceEvents;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PaymentInfo;
import app.wingspan.model.ProcessingFees;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.store.InvoiceRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored invoice document and the bytes sent for it: decoding and encoding with the shared
 * mapper, the split into content and state (see {@link InvoiceRow}), and sending the stored text as
 * it is where nothing about it changes on the way out.
 */
final class InvoiceDocuments {
  private static final ObjectMapper JSON = ServerJson.mapper();

  private InvoiceDocuments() {}

  /**
   * The members of an invoice that a change may rewrite, kept in the row's {@code state}; their
   * names are {@link InvoiceRow#STATE_FIELDS} (a test holds the two together).
   */
  record State(
      InvoiceStatus status,
      InvoiceEvents events,
      String invoiceNumber,
      CreditFeeHandling creditFeeHandling,
      ProcessingFees processingFees,
      Fees chargedFees,
      PaymentInfo paymentInfo,
      String updatedAt) {
    static State of(ClientInvoice invoice) {
      return new State(
          invoice.status(),
          invoice.events(),
          invoice.invoiceNumber(),
          invoice.creditFeeHandling(),
          invoice.processingFees(),
          invoice.chargedFees(),
          invoice.paymentInfo(),
          invoice.updatedAt());
    }
  }

  static ClientInvoice decode(InvoiceRow row) {
    return decode(row.document());
  }

  static ClientInvoice decode(byte[] document) {
    try {
      return JSON.readValue(document, ClientInvoice.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored invoice document is not readable", e);
    }
  }

  /** What never changes after create: every member but the state's. */
  static String encodeContent(ClientInvoice invoice) {
    return encode(
        invoice.toBuilder()
            .status(null)
            .events(null)
            .invoiceNumber(null)
            .creditFeeHandling(null)
            .processingFees(null)
            .chargedFees(null)
            .paymentInfo(null)
            .updatedAt(null)
            .build());
  }

  /** What a change may rewrite. */
  static String encodeState(ClientInvoice invoice) {
    return encode(State.of(invoice));
  }

  private static String encode(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invoice not serialisable", e);
    }
  }

  static byte[] encodeBytes(ClientInvoice invoice) {
    try {
      return JSON.writeValueAsBytes(invoice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invoice not serialisable", e);
    }
  }

  /**
   * The row of {@code row}'s next version, holding {@code next} as written at {@code now}. Only the
   * state is encoded: a change never touches the content.
   */
  static InvoiceRow nextVersion(InvoiceRow row, ClientInvoice next, Instant now) {
    return row.next(next.status().value(), encodeState(next), now);
  }

  static Address decodeAddress(String json) {
    try {
      return JSON.readValue(json, Address.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored address is not readable", e);
    }
  }

  /**
   * The wire bytes of a stored invoice as seen {@code today}. Only an Open invoice past its due
   * date reads differently from how it is stored; every other document is sent as stored (the
   * server wrote both parts with the same mapper, so the bytes are a decode and re-encode's,
   * members in another order), which spares decoding and encoding on most reads.
   */
  static byte[] wireBytes(InvoiceRules rules, InvoiceRow row, LocalDate today) {
    if (InvoiceStatus.OPEN.value().equals(row.status()) && row.dueDate().isBefore(today)) {
      return encodeBytes(rules.asSeen(decode(row), today));
    }
    return row.document();
  }

  /**
   * Decoded invoices of recently used rows, so a PATCH of an invoice just read or written does not
   * decode its ~2 KB document again. A row's text is compared in full before a decoded invoice is
   * reused, so the memo can never answer for a document that changed, even behind the server's
   * back; comparing costs far less than decoding.
   */
  static final class Decoded {
    private final Cache<String, Entry> entries;

    private record Entry(InvoiceRow row, ClientInvoice invoice) {}

    Decoded(long maximumSize) {
      entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    ClientInvoice of(InvoiceRow row) {
      Entry entry = entries.getIfPresent(row.id());
      if (entry != null
          && entry.row().version() == row.version()
          && entry.row().state().equals(row.state())
          && entry.row().content().equals(row.content())) {
        return entry.invoice();
      }
      ClientInvoice invoice = decode(row);
      entries.put(row.id(), new Entry(row, invoice));
      return invoice;
    }

    /** Remembers {@code invoice} as the decoded {@code row} (one this server just wrote). */
    void remember(InvoiceRow row, ClientInvoice invoice) {
      entries.put(row.id(), new Entry(row, invoice));
    }
  }
}
