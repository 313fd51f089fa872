package app.wingspan.server.service;

import app.wingspan.server.events.ChangeEvents;
import app.wingspan.server.invoice.FieldChange;
import app.wingspan.server.invoice.Update;
import app.wingspan.server.json.ServerJson;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.InvoiceStore;
import app.wingspan.server.store.Transaction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way a stored invoice changes, for every writer (a PATCH, a payment, a settlement, and
 * whatever comes next): the rules' {@link Update} becomes the row's next version, written on
 * condition that the row is still at the version the rules saw, with its history row and its events
 * ({@link ChangeEvents}), in one statement. Writers differ only in how they hold the row: a PATCH's
 * fast path reads it and writes conditionally ({@link #writeIfUnchanged}); a writer that must hold
 * the row (a number to take, a payment row beside it) locks it in a transaction ({@link #write}).
 */
public final class InvoiceWriter {
  private static final ObjectMapper JSON = ServerJson.mapper();

  private final InvoiceStore invoices;
  private final InvoiceDocuments.Decoded decoded;

  /**
   * @param decoded the decoded invoices of recent rows, told of every row written
   */
  public InvoiceWriter(InvoiceStore invoices, InvoiceDocuments.Decoded decoded) {
    this.invoices = invoices;
    this.decoded = decoded;
  }

  /** Who asked for a change: the invoice's client (by a request) or the system (a settlement). */
  public enum Actor {
    CLIENT,
    SYSTEM
  }

  /**
   * The payment a change belongs to, named first in its history row.
   *
   * @param state the payment's state after the change: succeeded, declined, in_transit, settled,
   *     failed
   * @param reason why it was declined or failed, or null
   */
  public record PaymentStep(String paymentId, String method, String state, String reason) {}

  /**
   * One change to write.
   *
   * @param row the row the rules ran on
   * @param update what the rules made of it (changed: a no-op is never written)
   * @param actor who asked
   * @param payment the payment it belongs to, or null
   */
  public record Change(InvoiceRow row, Update update, Actor actor, PaymentStep payment) {
    public Change {
      if (!update.changed()) {
        throw new IllegalArgumentException("nothing to write: the update changed nothing");
      }
    }
  }

  /**
   * Writes {@code change} over the row it was computed on, which {@code tx} holds locked.
   *
   * @return the row written
   * @throws IllegalStateException if the row moved on underneath (it cannot while locked: a guard)
   */
  public InvoiceRow write(Transaction tx, Change change, Instant now) {
    InvoiceRow next = next(change, now);
    invoices.update(tx, next, change.actor() == Actor.CLIENT, now, history(change), events(change));
    decoded.remember(next, change.update().invoice());
    return next;
  }

  /**
   * Writes {@code change} on its own (committed at once) if the row is still at the version it was
   * computed on.
   *
   * @return the row written, or empty when another writer got there first (nothing was written:
   *     redo the change on the latest version)
   */
  Optional<InvoiceRow> writeIfUnchanged(InvoiceStore.Session session, Change change, Instant now) {
    InvoiceRow next = next(change, now);
    if (!session.updateIfUnchanged(next, now, history(change), events(change))) {
      return Optional.empty();
    }
    decoded.remember(next, change.update().invoice());
    return Optional.of(next);
  }

  private static InvoiceRow next(Change change, Instant now) {
    return InvoiceDocuments.nextVersion(change.row(), change.update().invoice(), now);
  }

  /** The history row's JSON: the payment's entry (if any), then each changed field. */
  static String history(Change change) {
    List<FieldChange> changes = change.update().changes();
    List<Map<String, Object>> entries = new ArrayList<>(changes.size() + 1);
    if (change.payment() != null) {
      entries.add(entry("payment", null, paymentEntry(change.payment())));
    }
    for (FieldChange field : changes) {
      entries.add(entry(field.field(), field.before(), field.after()));
    }
    try {
      // A plain map keeps explicit nulls (a field that was unset), unlike the records' NON_NULL
      // rule.
      return JSON.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("history entry not serialisable", e);
    }
  }

  /** The events' JSON: an array of {@code {"kind", "data"}}, as the write statement reads it. */
  static String events(Change change) {
    Map<String, Object> payment = change.payment() == null ? null : paymentEntry(change.payment());
    List<ChangeEvents.Event> events = ChangeEvents.of(change.update().changes(), payment);
    try {
      return JSON.writeValueAsString(events);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("events not serialisable", e);
    }
  }

  private static Map<String, Object> paymentEntry(PaymentStep step) {
    Map<String, Object> payment = new LinkedHashMap<>();
    payment.put("id", step.paymentId());
    payment.put("method", step.method());
    payment.put("state", step.state());
    if (step.reason() != null) {
      payment.put("reason", step.reason());
    }
    return payment;
  }

  private static Map<String, Object> entry(String field, Object before, Object after) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("field", field);
    entry.put("before", before);
    entry.put("after", after);
    return entry;
  }
}
