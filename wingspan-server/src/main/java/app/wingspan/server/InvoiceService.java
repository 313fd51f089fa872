package app.wingspan.server;

import app.wingspan.model.Address;
import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceFeeCalculation;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.internal.ServerJson;
import app.wingspan.server.invoice.FieldChange;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.invoice.Party;
import app.wingspan.server.invoice.Relationship;
import app.wingspan.server.invoice.Update;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.IdempotencyClaim;
import app.wingspan.server.store.IdempotencyKey;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.ListCursor;
import app.wingspan.server.store.MemberClientRow;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.Transaction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * The client-invoice operations: each one request's work, tying the invoice rules to the store in one
 * transaction. The caller is always the authenticated account; an invoice of another client does not exist.
 */
public final class InvoiceService {
  private static final ObjectMapper JSON = ServerJson.mapper();
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Store store;
  private final InvoiceRules rules;
  private final Clock clock;

  public InvoiceService(Store store, InvoiceRules rules, Clock clock) {
    this.store = store;
    this.rules = rules;
    this.clock = clock;
  }

  /** An invoice as the caller sees it today, with its version (the ETag). */
  public record Versioned(ClientInvoice invoice, long version) {}

  /** One page of invoices, and the cursor of the next page (null on the last). */
  public record Page(List<ClientInvoice> invoices, String nextCursor) {}

  /** An invoice as the caller sees it today, encoded for the wire, with its version (the ETag). */
  public record Answer(byte[] json, long version) {}

  /** A response to send as it is: the first answer of an idempotent request, or a fresh one. */
  public record Recorded(int status, byte[] body) {}

  public Versioned get(Account caller, String invoiceId) {
    InvoiceRow row = store.findInvoice(invoiceId, caller.id()).orElseThrow(() -> ServiceException.notFound(invoiceId));
    return new Versioned(rules.asSeen(read(row.document()), today()), row.version());
  }

  /** The invoice as the caller sees it today, ready to send (GET). */
  public Answer read(Account caller, String invoiceId) {
    InvoiceRow row = store.findInvoice(invoiceId, caller.id()).orElseThrow(() -> ServiceException.notFound(invoiceId));
    return new Answer(answer(row.status(), row.dueDate(), row.document(), today()), row.version());
  }

  /**
   * The wire bytes of a stored document as seen {@code today}. Only an Open invoice past its due date reads
   * differently from how it is stored; every other document is sent as stored (the server wrote it with the
   * same mapper, so the bytes equal a decode and re-encode), which spares decoding and encoding on most reads.
   * The column's json type guarantees well-formed JSON; a document that is not an object was not written by
   * this server and takes the decoding path, which refuses it (a 500, not garbage on the wire).
   */
  private byte[] answer(String status, LocalDate dueDate, String document, LocalDate today) {
    if (InvoiceStatus.OPEN.value().equals(status) && dueDate.isBefore(today) || !isObject(document)) {
      return writeBytes(rules.asSeen(read(document), today));
    }
    return document.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Up to {@code limit} of the caller's invoices, newest first, after {@code cursor} (null for the first page).
   *
   * @throws IllegalArgumentException if {@code cursor} is not one this server issued
   */
  public Page list(Account caller, String cursor, int limit) {
    ListCursor after = cursor == null ? null : ListCursor.decode(cursor);
    List<InvoiceRow> rows = store.listInvoices(caller.id(), after, limit + 1);
    boolean more = rows.size() > limit;
    List<InvoiceRow> page = more ? rows.subList(0, limit) : rows;
    LocalDate today = today();
    List<ClientInvoice> invoices = new ArrayList<>(page.size());
    for (InvoiceRow row : page) {
      invoices.add(rules.asSeen(read(row.document()), today));
    }
    String next = null;
    if (more) {
      InvoiceRow last = page.get(page.size() - 1);
      next = new ListCursor(last.createdAt(), last.id()).encode();
    }
    return new Page(invoices, next);
  }

  /** The client's share of the card fee on the invoice. */
  public InvoiceFeeCalculation fees(Account caller, String invoiceId) {
    return rules.fees(get(caller, invoiceId).invoice());
  }

  /** Checks that the caller may see the invoice (for operations that go no further yet). */
  public void requireVisible(Account caller, String invoiceId) {
    get(caller, invoiceId);
  }

  /**
   * Creates a Draft invoice for the caller (the client) and the member named in the request. With an
   * idempotency key, the first response is recorded in the same transaction and later replays answer with it.
   *
   * @param key the idempotency key, or null
   * @param requestBody the raw request body, whose hash identifies the request under {@code key}
   */
  public Recorded create(Account caller, ClientInvoiceCreateRequest request, IdempotencyKey key, byte[] requestBody) {
    if (caller.kind() != AccountKind.CLIENT) {
      // 422 rather than 403: the contract offers no 403 here, and the request is well-formed but not acceptable.
      throw new ServiceException(422, "NOT_A_CLIENT", null,
          "only a client account can create client invoices; this token belongs to a member");
    }
    rules.validate(request);
    if (key == null) {
      return store.inTransaction(tx -> createIn(tx, caller, request, null));
    }
    IdempotencyClaim claim = store.claimIdempotencyKey(key, ApiTokens.sha256(requestBody));
    switch (claim.outcome()) {
      case COMPLETED:
        return new Recorded(claim.status(), claim.body());
      case IN_PROGRESS:
        throw new ServiceException(409, "IDEMPOTENCY_KEY_IN_USE", "Idempotency-Key",
            "a request with this Idempotency-Key is still running; retry later");
      case MISMATCH:
        throw new ServiceException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
            "this Idempotency-Key was used with a different request body");
      case CLAIMED:
      default:
        break;
    }
    try {
      return store.inTransaction(tx -> createIn(tx, caller, request, key));
    } catch (RuntimeException e) {
      // A refused or failed create records nothing: the key is free for a corrected retry.
      try {
        store.releaseIdempotencyKey(key);
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed); // an abandoned key frees itself after a while
      }
      throw e;
    }
  }

  private Recorded createIn(Transaction tx, Account caller, ClientInvoiceCreateRequest request, IdempotencyKey key) {
    Account member =
        tx.findAccount(request.memberId())
            .filter(account -> account.kind() == AccountKind.MEMBER)
            .orElseThrow(
                () -> new ServiceException(422, "VALIDATION_FAILED", "memberId",
                    "memberId '" + request.memberId() + "' is not a member account"));
    Instant now = now();
    MemberClientRow link = tx.relationship(member.id(), caller.id(), now);
    Relationship relationship =
        new Relationship(link.id(), party(member), party(caller), TIMESTAMP.format(link.createdAt()));
    String id = Store.newId();
    ClientInvoice draft = rules.draft(request, relationship, id, now);
    InvoiceRow row =
        new InvoiceRow(id, caller.id(), member.id(), draft.status().value(), 1, LocalDate.parse(draft.dueDate()),
            now, now, write(draft));
    tx.insertInvoice(row);
    byte[] body = writeBytes(rules.asSeen(draft, today()));
    if (key != null) {
      tx.completeIdempotencyKey(key, 200, body);
    }
    return new Recorded(200, body);
  }

  /**
   * Applies a PATCH atomically to the latest version of the invoice: the row is locked, the rules decide,
   * and a change is written with the next version, its history row and (on Draft to Open) the member's next
   * invoice number, all in one transaction.
   *
   * @param versionMatches the If-Match condition on the current version, or null for none
   */
  public Answer update(
      Account caller, String invoiceId, ClientInvoiceUpdateRequest patch, LongPredicate versionMatches) {
    return store.inTransaction(
        tx -> {
          InvoiceRow row =
              tx.lockInvoice(invoiceId, caller.id()).orElseThrow(() -> ServiceException.notFound(invoiceId));
          if (versionMatches != null && !versionMatches.test(row.version())) {
            throw new ServiceException(412, "PRECONDITION_FAILED", "If-Match",
                "the invoice has changed: its current ETag is \"" + row.version() + "\"");
          }
          Instant now = now();
          LocalDate today = today();
          Update update =
              rules.apply(read(row.document()), patch, now, today,
                  memberId -> Long.toString(tx.nextInvoiceNumber(memberId)));
          if (!update.changed()) {
            return new Answer(answer(row.status(), row.dueDate(), row.document(), today), row.version());
          }
          ClientInvoice next = update.invoice();
          InvoiceRow written =
              new InvoiceRow(row.id(), row.clientId(), row.memberId(), next.status().value(), row.version() + 1,
                  LocalDate.parse(next.dueDate()), row.createdAt(), now, write(next));
          tx.updateInvoice(written, caller.id(), now, history(update.changes()));
          return new Answer(
              answer(written.status(), written.dueDate(), written.document(), today), written.version());
        });
  }

  private static String history(List<FieldChange> changes) {
    List<Map<String, Object>> entries = new ArrayList<>(changes.size());
    for (FieldChange change : changes) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("field", change.field());
      entry.put("before", change.before());
      entry.put("after", change.after());
      entries.add(entry);
    }
    try {
      // The plain map keeps explicit nulls (a field that was unset), unlike the records' NON_NULL rule.
      return JSON.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("history entry not serialisable", e);
    }
  }

  static Party party(Account account) {
    return new Party(account.id(), account.name(), account.company(), account.email(),
        account.addressJson() == null ? null : readAddress(account.addressJson()), account.logoUrl());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static ClientInvoice read(String document) {
    try {
      return JSON.readValue(document, ClientInvoice.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored invoice document is not readable", e);
    }
  }

  private static boolean isObject(String document) {
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{';
      }
    }
    return false;
  }

  private static Address readAddress(String json) {
    try {
      return JSON.readValue(json, Address.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored address is not readable", e);
    }
  }

  private static String write(ClientInvoice invoice) {
    try {
      return JSON.writeValueAsString(invoice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invoice not serialisable", e);
    }
  }

  private static byte[] writeBytes(ClientInvoice invoice) {
    try {
      return JSON.writeValueAsBytes(invoice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invoice not serialisable", e);
    }
  }
}
