package app.wingspan.server.store;

import java.time.Instant;

/**
 * One invoice event as stored (see {@code V7__invoice_events.sql} and docs/events.md).
 *
 * @param seq the consumers' order
 * @param id the event's own id
 * @param kind what happened
 * @param at the server's clock at the change (for overdue: when observed)
 * @param version the invoice version the change produced
 * @param byClient whether the invoice's client asked for it (else the system did)
 * @param dataJson what else the kind says, as JSON text, or null
 */
public record EventRow(
    long seq,
    String id,
    String invoiceId,
    String kind,
    Instant at,
    long version,
    String clientId,
    String memberId,
    boolean byClient,
    String dataJson) {}
