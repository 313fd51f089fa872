package app.wingspan.server.store;

import java.time.Instant;

/**
 * One change of an invoice: who (the invoice's client, or null for the system), when, and the
 * before/after of each changed field (JSON text).
 */
public record HistoryRow(String invoiceId, String actorAccountId, Instant at, String changesJson) {}
