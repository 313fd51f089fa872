package app.wingspan.server.store;

import java.time.Instant;
import java.time.LocalDate;

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

  /** This row at its next version, with {@code state} rewritten as it was at {@code updatedAt}. */
  public InvoiceRow next(String status, String state, Instant updatedAt) {
    return new InvoiceRow(
        id, clientId, memberId, status, version + 1, dueDate, createdAt, updatedAt, content, state);
  }

  /**
   * The whole document as UTF-8 JSON, the members of {@code content} then those of {@code state}:
   * {@link InvoiceDocuments#splice}.
   */
  public byte[] document() {
    return InvoiceDocuments.splice(id, content, state);
  }

  /** Characters the cache weighs this row by. */
  int weight() {
    return content.length() + state.length();
  }
}
