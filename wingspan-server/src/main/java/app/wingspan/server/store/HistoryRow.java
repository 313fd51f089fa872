package app.wingspan.server.store;

import java.time.Instant;

/** One change of an invoice: who, when, and the before/after of each changed field (JSON text). */
public record HistoryRow(String invoiceId, String actorAccountId, Instant at, String changesJson) {}
