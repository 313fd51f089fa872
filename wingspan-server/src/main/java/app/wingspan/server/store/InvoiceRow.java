package app.wingspan.server.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice as stored: the wire document (JSON text) plus the columns queries filter, order and
 * lock on. {@code version} starts at 1 and grows by one with every change; it is the HTTP ETag.
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
    String document) {}
