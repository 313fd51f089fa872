package app.wingspan.server.store;

import app.wingspan.model.Address;
import app.wingspan.model.ClientInvoice;
import app.wingspan.model.CreditFeeHandling;
import app.wingspan.model.Fees;
import app.wingspan.model.InvoiceEvents;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PaymentInfo;
import app.wingspan.model.ProcessingFees;
import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The stored invoice document's codec, the one place that knows its shape: decoding and encoding
 * with the shared mapper, the split of a document into content and state (see {@link InvoiceRow}),
 * and splicing the two stored parts back into the bytes a GET sends, without parsing them.
 */
public final class InvoiceDocuments {
  private static final ObjectMapper JSON = ServerJson.mapper();

  private InvoiceDocuments() {}

  /**
   * The members of an invoice that a change (a PATCH, a payment, a settlement) may rewrite, kept in
   * the row's {@code state}; every other member is content, written once at create. This record is
   * the one list of them: {@link #STATE_FIELDS} are its components' names, and {@link
   * #withoutState} clears exactly these members.
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

    /** {@code invoice} without the state's members: its content. */
    static ClientInvoice withoutState(ClientInvoice invoice) {
      return invoice.toBuilder()
          .status(null)
          .events(null)
          .invoiceNumber(null)
          .creditFeeHandling(null)
          .processingFees(null)
          .chargedFees(null)
          .paymentInfo(null)
          .updatedAt(null)
          .build();
    }
  }

  /** The document's top-level members kept in {@code state}: {@link State}'s components. */
  public static final List<String> STATE_FIELDS =
      Arrays.stream(State.class.getRecordComponents()).map(RecordComponent::getName).toList();

  public static ClientInvoice decode(InvoiceRow row) {
    return decode(row.document());
  }

  public static ClientInvoice decode(byte[] document) {
    try {
      return JSON.readValue(document, ClientInvoice.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored invoice document is not readable", e);
    }
  }

  /** What never changes after create: every member but the state's. */
  public static String encodeContent(ClientInvoice invoice) {
    return encode(State.withoutState(invoice));
  }

  /** What a change may rewrite. */
  public static String encodeState(ClientInvoice invoice) {
    return encode(State.of(invoice));
  }

  private static String encode(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invoice not serialisable", e);
    }
  }

  public static byte[] encodeBytes(ClientInvoice invoice) {
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
  public static InvoiceRow nextVersion(InvoiceRow row, ClientInvoice next, Instant now) {
    return row.next(next.status().value(), encodeState(next), now);
  }

  public static Address decodeAddress(String json) {
    try {
      return JSON.readValue(json, Address.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored address is not readable", e);
    }
  }

  /**
   * The whole document of a stored row as UTF-8 JSON: the members of {@code content}, then those of
   * {@code state}, in one object. Both are JSON objects as this server wrote them (the columns'
   * json type keeps them well-formed), so joining them is splicing text, with no parsing.
   *
   * @param id the invoice's id, for the message if the row is damaged
   */
  static byte[] splice(String id, String content, String state) {
    byte[] first = content.getBytes(StandardCharsets.UTF_8);
    byte[] second = state.getBytes(StandardCharsets.UTF_8);
    int firstEnd = lastNonBlank(first, first.length - 1);
    int secondStart = firstNonBlank(second, 0);
    if (first[firstEnd] != '}' || second[secondStart] != '{') {
      throw new IllegalStateException("stored invoice " + id + " is not two JSON objects");
    }
    boolean firstEmpty = first[lastNonBlank(first, firstEnd - 1)] == '{';
    boolean secondEmpty = second[firstNonBlank(second, secondStart + 1)] == '}';
    if (secondEmpty) {
      return first;
    }
    if (firstEmpty) {
      return second;
    }
    // {content members , state members}
    byte[] joined = new byte[firstEnd + 1 + (second.length - secondStart - 1)];
    System.arraycopy(first, 0, joined, 0, firstEnd);
    joined[firstEnd] = ',';
    System.arraycopy(
        second, secondStart + 1, joined, firstEnd + 1, second.length - secondStart - 1);
    return joined;
  }

  private static int lastNonBlank(byte[] text, int from) {
    int i = from;
    while (i > 0 && isBlank(text[i])) {
      i--;
    }
    return i;
  }

  private static int firstNonBlank(byte[] text, int from) {
    int i = from;
    while (i < text.length - 1 && isBlank(text[i])) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  /**
   * Decoded invoices of recently used rows, so a PATCH of an invoice just read or written does not
   * decode its ~2 KB document again. A row's text is compared in full before a decoded invoice is
   * reused, so the memo can never answer for a document that changed, even behind the server's
   * back; comparing costs far less than decoding.
   */
  public static final class Decoded {
    private final Cache<String, Entry> entries;

    private record Entry(InvoiceRow row, ClientInvoice invoice) {}

    public Decoded(long maximumSize) {
      entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    public ClientInvoice of(InvoiceRow row) {
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
    public void remember(InvoiceRow row, ClientInvoice invoice) {
      entries.put(row.id(), new Entry(row, invoice));
    }
  }
}
