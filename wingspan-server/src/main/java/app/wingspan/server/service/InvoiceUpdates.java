package app.wingspan.server.service;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.invoice.InvoiceNumbers;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.invoice.Update;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.IdempotencyKey;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.InvoiceStore;
import app.wingspan.server.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.LongPredicate;

/** Changing an invoice by a PATCH: its status, and who bears the card fee. */
public final class InvoiceUpdates {
  /** The fast path never takes a number ({@link InvoiceRules#mayNeedNumber} sent it elsewhere). */
  private static final InvoiceNumbers NO_NUMBER =
      memberId -> {
        throw new IllegalStateException("a number is taken only on the locked path");
      };

  private final Store store;
  private final InvoiceRules rules;
  private final ServiceClock clock;
  private final InvoiceDocuments.Decoded decoded;
  private final InvoiceWriter writer;
  private final Idempotency idempotency;

  InvoiceUpdates(
      Store store,
      InvoiceRules rules,
      ServiceClock clock,
      InvoiceDocuments.Decoded decoded,
      InvoiceWriter writer,
      Idempotency idempotency) {
    this.idempotency = idempotency;
    this.store = store;
    this.rules = rules;
    this.clock = clock;
    this.decoded = decoded;
    this.writer = writer;
  }

  /**
   * Applies a PATCH atomically to the latest version of the invoice, and writes a change with the
   * next version and its history row.
   *
   * <p>Most changes take one round trip: the rules run on the version the caller can see now (from
   * the invoice cache, or one read), and one statement writes the result on condition that the row
   * is still at that version. When another writer got there first, or the change may send the
   * invoice and need the member's next number, the PATCH runs again on the locked row inside a
   * transaction: concurrent writers queue, and a send takes the number in the same transaction, so
   * numbers stay gapless. Either way the answer is the one the latest version gets: an If-Match is
   * tested against the version the write is conditioned on.
   *
   * @param versionMatches the If-Match condition on the current version, or null for none
   */
  public Answer update(
      Account caller,
      String invoiceId,
      ClientInvoiceUpdateRequest patch,
      LongPredicate versionMatches) {
    // The read and the conditional write share one pooled connection; the session is closed before
    // the locked path takes its own.
    try (InvoiceStore.Session session = store.invoices().session()) {
      InvoiceRow row = found(session.find(invoiceId, caller.id()), invoiceId);
      if (!rules.mayNeedNumber(decoded.of(row), patch)) {
        Optional<Answer> done =
            apply(
                row,
                patch,
                versionMatches,
                NO_NUMBER,
                (change, now) -> writer.writeIfUnchanged(session, change, now));
        if (done.isPresent()) {
          return done.get();
        }
      }
    }
    return updateLocked(caller, invoiceId, patch, versionMatches, null);
  }

  /**
   * A PATCH under an {@code Idempotency-Key}: the first request with the key runs on the locked
   * path and records its answer (body and version) in the same transaction; a repeat with the same
   * body gets that answer again, whatever happened to the invoice since, so a client retrying a
   * write whose answer it lost never sees its own write as a conflict (412 or 409). A refused PATCH
   * records nothing: the key is free for a corrected retry.
   *
   * @param key the caller's key, scoped to PATCH and the invoice's path
   * @param requestBody the raw request body, whose hash identifies the request under {@code key}
   */
  public Answer update(
      Account caller,
      String invoiceId,
      ClientInvoiceUpdateRequest patch,
      LongPredicate versionMatches,
      IdempotencyKey key,
      byte[] requestBody) {
    return idempotency.once(
        key,
        requestBody,
        first -> new Answer(first.body(), store.idempotency().responseVersion(key), true),
        () -> updateLocked(caller, invoiceId, patch, versionMatches, key));
  }

  /** The PATCH on the locked row, recording {@code key}'s answer (when there is one) with it. */
  private Answer updateLocked(
      Account caller,
      String invoiceId,
      ClientInvoiceUpdateRequest patch,
      LongPredicate versionMatches,
      IdempotencyKey key) {
    return store.inTransaction(
        tx -> {
          Answer answer =
              apply(
                      found(store.invoices().lock(tx, invoiceId, caller.id()), invoiceId),
                      patch,
                      versionMatches,
                      memberId -> Long.toString(store.invoices().nextNumber(tx, memberId)),
                      (change, now) -> Optional.of(writer.write(tx, change, now)))
                  .orElseThrow();
          if (key != null) {
            store.idempotency().complete(tx, key, 200, answer.json(), answer.version());
          }
          return answer;
        });
  }

  /** How a path writes a change: empty when the row moved on before the write. */
  @FunctionalInterface
  private interface Write {
    Optional<InvoiceRow> write(InvoiceWriter.Change change, Instant now);
  }

  /**
   * The PATCH on {@code row}, the core both paths share: the If-Match, the rules, and the write.
   * Empty when {@code write} found the row moved on.
   */
  private Optional<Answer> apply(
      InvoiceRow row,
      ClientInvoiceUpdateRequest patch,
      LongPredicate versionMatches,
      InvoiceNumbers numbers,
      Write write) {
    requireVersion(row, versionMatches);
    Instant now = clock.now();
    LocalDate today = clock.today();
    ClientInvoice stored = decoded.of(row);
    Update update = rules.apply(stored, patch, now, today, numbers);
    if (!update.changed()) {
      return Optional.of(new Answer(InvoiceQueries.wireBytes(rules, row, today), row.version()));
    }
    return write
        .write(new InvoiceWriter.Change(row, update, InvoiceWriter.Actor.CLIENT, null), now)
        .map(
            written ->
                new Answer(InvoiceQueries.wireBytes(rules, written, today), written.version()));
  }

  private static InvoiceRow found(Optional<InvoiceRow> row, String invoiceId) {
    return row.orElseThrow(() -> ProblemException.notFound(invoiceId));
  }

  private static void requireVersion(InvoiceRow row, LongPredicate versionMatches) {
    if (versionMatches != null && !versionMatches.test(row.version())) {
      throw new ProblemException(
          412,
          ErrorCodes.PRECONDITION_FAILED,
          "If-Match",
          "the invoice has changed: its current ETag is \"" + row.version() + "\"");
    }
  }
}
