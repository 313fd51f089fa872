package app.wingspan.server.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as stored: the columns queries filter, order and lock on, and the wire document in two
 * JSON objects. {@code content} holds what never changes after create (parties, line items,
 * amounts) and is written once; {@code state} holds what a change may rewrite (status, events, fee
 * handling, fees, number, payment, updatedAt), so an update writes a small row instead of the whole
 * document. No field is in both. {@code version} starts at 1 and grows by one with every change; it
 * is the HTTP ETag.
 */
public record InvoiceRow(
    String id,
    String clientId,
    String memberId,
    String status,
    long version,
    LocalDate dueDate,
    Instant createdAt,
    Instant updatedAt,
    String content,
    String state) {

  /**
   * The document's top-level members kept in {@code state}: the ones a change (a PATCH, a payment,
   * a settlement) may rewrite. Every other member is content.
   */
  public static final List<String> STATE_FIELDS =
      List.of(
          "status",
          "events",
          "invoiceNumber",
          "creditFeeHandling",
          "processingFees",
          "chargedFees",
          "paymentInfo",
          "updatedAt");

  /** This row at its next version, with {@code state} rewritten as it was at {@code updatedAt}. */
  public InvoiceRow next(String status, String state, Instant updatedAt) {
    return new InvoiceRow(
        id, clientId, memberId, status, version + 1, dueDate, createdAt, updatedAt, content, state);
  }

  /**
   * The whole document as UTF-8 JSON: the members of {@code content}, then those of {@code state},
   * in one object. Both are JSON objects as this server wrote them (the columns' json type keeps
   * them well-formed), so joining them is splicing text, with no parsing.
   */
  public byte[] document() {
    byte[] first = content.getBytes(StandardCharsets.UTF_8);
    byte[] second = state.getBytes(StandardCharsets.UTF_8);
    int firstEnd = lastNonBlank(first);
    int secondStart = firstNonBlank(second);
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

  /** Characters the cache weighs this row by. */
  int weight() {
    return content.length() + state.length();
  }

  private static int lastNonBlank(byte[] text) {
    return lastNonBlank(text, text.length - 1);
  }

  private static int lastNonBlank(byte[] text, int from) {
    int i = from;
    while (i > 0 && isBlank(text[i])) {
      i--;
    }
    return i;
  }

  private static int firstNonBlank(byte[] text) {
    return firstNonBlank(text, 0);
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
}
