package app.wingspan.server;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceFeeCalculation;
import app.wingspan.model.PayRequest;
import app.wingspan.model.PaymentInfo;
import app.wingspan.model.PaymentMeansType;
import app.wingspan.server.invoice.FieldChange;
import app.wingspan.server.invoice.InvoiceNumbers;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.invoice.Party;
import app.wingspan.server.invoice.PaymentAmounts;
import app.wingspan.server.invoice.PaymentRules;
import app.wingspan.server.invoice.Relationship;
import app.wingspan.server.invoice.Timestamps;
import app.wingspan.server.invoice.Update;
import app.wingspan.server.payment.PaymentProcessor;
import app.wingspan.server.payment.PaymentProcessor.Instrument;
import app.wingspan.server.payment.PaymentProcessor.PaymentSource;
import app.wingspan.server.payment.UnknownPaymentMethodException;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.IdempotencyClaim;
import app.wingspan.server.store.IdempotencyKey;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.ListCursor;
import app.wingspan.server.store.MemberClientRow;
import app.wingspan.server.store.PaymentRow;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.Transaction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The client-invoice operations: each one request's work, tying the invoice rules to the store in
 * one transaction. The caller is always the authenticated account; an invoice of another client
 * does not exist.
 */
public final class InvoiceService {
  private static final ObjectMapper JSON = ServerJson.mapper();

  private final Store store;
  private final InvoiceRules rules;
  private final Clock clock;
  private final PaymentRules paymentRules;
  private final Payments payments;
  private final InvoiceDocuments.Decoded decoded = new InvoiceDocuments.Decoded(DECODED_INVOICES);

  /** How many decoded invoices to keep for changes (a few MB). */
  private static final long DECODED_INVOICES = 2_048;

  /** A service that cannot pay invoices ({@code pay} answers 501). */
  public InvoiceService(Store store, InvoiceRules rules, Clock clock) {
    this(store, rules, clock, null);
  }

  /**
   * @param payments the processor and settlement settings that {@code pay} uses; null: {@code pay}
   *     answers 501
   */
  public InvoiceService(Store store, InvoiceRules rules, Clock clock, Payments payments) {
    this.store = store;
    this.rules = rules;
    this.clock = clock;
    this.paymentRules = new PaymentRules(rules);
    this.payments = payments;
  }

  /**
   * What paying needs beyond the store: the processor, how long a bank debit takes to settle, and
   * whom to tell that a debit is due (the local settlement worker, so it need not wait for its next
   * poll).
   */
  public record Payments(
      PaymentProcessor processor, Duration achSettlementDelay, Consumer<Instant> debitDue) {}

  /** An invoice as the caller sees it today, with its version (the ETag). */
  public record Versioned(ClientInvoice invoice, long version) {}

  /** One page of invoices, and the cursor of the next page (null on the last). */
  public record Page(List<ClientInvoice> invoices, String nextCursor) {}

  /** An invoice as the caller sees it today, encoded for the wire, with its version (the ETag). */
  public record Answer(byte[] json, long version) {}

  /** A response to send as it is: the first answer of an idempotent request, or a fresh one. */
  public record Recorded(int status, byte[] body) {}

  /** The invoice as the caller sees it today, decoded; 404 when the caller cannot see it. */
  public Versioned getInvoice(Account caller, String invoiceId) {
    InvoiceRow row = visibleRow(caller, invoiceId);
    return new Versioned(rules.asSeen(decoded.of(row), today()), row.version());
  }

  /**
   * The invoice as the caller sees it today, as the bytes a GET sends; 404 when the caller cannot
   * see it.
   */
  public Answer getDocument(Account caller, String invoiceId) {
    InvoiceRow row = visibleRow(caller, invoiceId);
    return new Answer(InvoiceDocuments.wireBytes(rules, row, today()), row.version());
  }

  /**
   * The caller's invoice row; 404, the same as for an id never issued, when the caller cannot see
   * it.
   */
  private InvoiceRow visibleRow(Account caller, String invoiceId) {
    return store
        .findInvoice(invoiceId, caller.id())
        .orElseThrow(() -> ProblemException.notFound(invoiceId));
  }

  /**
   * Up to {@code limit} of the caller's invoices, newest first, after {@code cursor} (null for the
   * first page).
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
      invoices.add(rules.asSeen(InvoiceDocuments.decode(row), today));
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
    return rules.fees(getInvoice(caller, invoiceId).invoice());
  }

  /** True when payments run in test mode: no real money moves, and responses say so. */
  public boolean paymentsInTestMode() {
    return payments != null && payments.processor().testMode();
  }

  /**
   * Pays the invoice as {@code request} says: a card ({@code paymentMethodId}) is charged at once,
   * a bank account ({@code accountId}, or {@code plaidPublicToken} for one linked just now) is
   * debited and settles later. A declined card is recorded (the attempt, {@code
   * events.paymentFailedAt}) and then refused with 402. With an idempotency key, the first answer
   * (200 or 402) is recorded with the payment and replayed to retries.
   *
   * @throws ProblemException 404 for an invoice the caller cannot see, 501 without a processor, 422
   *     for a bad request or an unknown payment method, 402 for a declined card, 409 for an
   *     idempotency key in use
   * @throws app.wingspan.server.invoice.InvoiceRuleException 409 when the invoice cannot be paid
   */
  public Recorded pay(
      Account caller,
      String invoiceId,
      PayRequest request,
      IdempotencyKey key,
      byte[] requestBody) {
    getInvoice(
        caller, invoiceId); // the same visibility as every route, before anything about the request
    if (payments == null) {
      throw new ProblemException(
          501,
          "NOT_IMPLEMENTED",
          null,
          "paying invoices is not enabled on this server (--payment-processor=none)");
    }
    PaymentSource source = source(request);
    Instrument instrument;
    try {
      instrument = payments.processor().instrument(source);
    } catch (UnknownPaymentMethodException e) {
      throw new ProblemException(
          422, "UNKNOWN_PAYMENT_METHOD", field(source.kind()), e.getMessage());
    }
    PayOutcome outcome;
    if (key == null) {
      outcome = store.inTransaction(tx -> payIn(tx, caller, invoiceId, instrument, null));
    } else {
      Recorded replay = claim(key, requestBody);
      if (replay != null) {
        return replay;
      }
      try {
        outcome = store.inTransaction(tx -> payIn(tx, caller, invoiceId, instrument, key));
      } catch (RuntimeException e) {
        // A refused or failed pay records nothing: the key is free for a corrected retry.
        release(key, e);
        throw e;
      }
    }
    if (outcome.debitDue() != null) {
      payments.debitDue().accept(outcome.debitDue());
    }
    if (outcome.declineReason() != null) {
      throw declined(outcome.declineReason());
    }
    return outcome.recorded();
  }

  private record PayOutcome(Recorded recorded, String declineReason, Instant debitDue) {}

  private PayOutcome payIn(
      Transaction tx, Account caller, String invoiceId, Instrument instrument, IdempotencyKey key) {
    InvoiceRow row =
        tx.lockInvoice(invoiceId, caller.id())
            .orElseThrow(() -> ProblemException.notFound(invoiceId));
    ClientInvoice stored = decoded.of(row);
    Instant now = now();
    paymentRules.requirePayable(stored, today());
    PaymentProcessor processor = payments.processor();
    String paymentId = Store.newId();
    String currency = stored.currency() == null ? "USD" : stored.currency().value();
    PaymentAmounts amounts;
    Update update;
    String state;
    String reference;
    String declineReason = null;
    Instant settleAfter = null;
    if (instrument.card()) {
      amounts = paymentRules.card(stored);
      PaymentProcessor.CardCharge charge =
          processor.chargeCard(paymentId, instrument, amounts.charged(), currency);
      reference = charge.reference();
      if (charge.succeeded()) {
        update = paymentRules.cardCharged(stored, amounts, paymentInfo(instrument, processor), now);
        state = "succeeded";
      } else {
        update = paymentRules.cardDeclined(stored, now);
        state = "declined";
        declineReason = charge.declineReason();
      }
    } else {
      amounts = paymentRules.ach(stored);
      reference = processor.startDebit(paymentId, instrument, amounts.charged(), currency);
      settleAfter = now.plus(payments.achSettlementDelay());
      update =
          paymentRules.debitStarted(stored, paymentInfo(instrument, processor), now, settleAfter);
      state = "in_transit";
    }
    tx.insertPayment(
        new PaymentRow(
            paymentId,
            invoiceId,
            caller.id(),
            instrument.card() ? "card" : "ach",
            instrument.id(),
            currency,
            amounts.amount(),
            amounts.cardFee(),
            amounts.clientFee(),
            amounts.memberFee(),
            amounts.charged(),
            amounts.memberNet(),
            processor.name(),
            reference,
            processor.testMode(),
            state,
            declineReason,
            now,
            settleAfter,
            null,
            null));
    ClientInvoice next = update.invoice();
    InvoiceRow written = InvoiceDocuments.nextVersion(row, next, now);
    tx.updateInvoice(
        written,
        true,
        now,
        history(
            paymentEntry(paymentId, instrument.card() ? "card" : "ach", state, declineReason),
            update.changes()));
    Recorded recorded;
    if (declineReason == null) {
      recorded = new Recorded(200, InvoiceDocuments.wireBytes(rules, written, today()));
    } else {
      recorded = new Recorded(402, declinedBody(declineReason));
    }
    if (key != null) {
      tx.completeIdempotencyKey(key, recorded.status(), recorded.body());
    }
    return new PayOutcome(recorded, declineReason, settleAfter);
  }

  /** The history entry naming the payment a pay step belongs to. */
  static Map<String, Object> paymentEntry(
      String paymentId, String method, String state, String reason) {
    Map<String, Object> payment = new LinkedHashMap<>();
    payment.put("id", paymentId);
    payment.put("method", method);
    payment.put("state", state);
    if (reason != null) {
      payment.put("reason", reason);
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("field", "payment");
    entry.put("before", null);
    entry.put("after", payment);
    return entry;
  }

  private static PaymentInfo paymentInfo(Instrument instrument, PaymentProcessor processor) {
    String testMode = processor.testMode() ? " (test mode: no money moved)" : "";
    if (instrument.card()) {
      return new PaymentInfo(
          PaymentMeansType.CARD,
          null,
          instrument.brand(),
          instrument.brand() + " ending " + instrument.last4() + testMode,
          instrument.last4());
    }
    return new PaymentInfo(
        PaymentMeansType.ACCOUNT,
        null,
        null,
        instrument.brand() + " account ending " + instrument.last4() + testMode,
        instrument.last4());
  }

  private static ProblemException declined(String reason) {
    return new ProblemException(402, "PAYMENT_DECLINED", "paymentMethodId", reason);
  }

  /**
   * The 402 body recorded for replays of a declined pay (the live answer is written by the error
   * mapper).
   */
  private static byte[] declinedBody(String reason) {
    return declined(reason).body(null);
  }

  /** Exactly one of the three ways to pay, else 422 naming the field. */
  static PaymentSource source(PayRequest request) {
    List<PaymentSource> given = new ArrayList<>(1);
    add(given, PaymentSource.Kind.CARD, request.paymentMethodId());
    add(given, PaymentSource.Kind.BANK_ACCOUNT, request.accountId());
    add(given, PaymentSource.Kind.PLAID_TOKEN, request.plaidPublicToken());
    if (given.isEmpty()) {
      throw new ProblemException(
          422,
          "VALIDATION_FAILED",
          "paymentMethodId",
          "say how to pay: exactly one of paymentMethodId (a card), accountId (a bank account) or"
              + " plaidPublicToken (a bank account linked just now)");
    }
    if (given.size() > 1) {
      throw new ProblemException(
          422,
          "VALIDATION_FAILED",
          field(given.get(1).kind()),
          "give exactly one of paymentMethodId, accountId and plaidPublicToken, not both "
              + field(given.get(0).kind())
              + " and "
              + field(given.get(1).kind()));
    }
    return given.get(0);
  }

  private static void add(
      List<PaymentSource> given, PaymentSource.Kind kind, JsonNullable<String> value) {
    if (value == null || !value.isPresent() || value.get() == null) {
      return;
    }
    String id = value.get();
    String field = field(kind);
    if (id.isBlank() || id.length() > 255) {
      throw new ProblemException(
          422, "VALIDATION_FAILED", field, field + " must be 1 to 255 characters, not blank");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new ProblemException(
            422, "VALIDATION_FAILED", field, field + " must not contain control characters");
      }
    }
    given.add(new PaymentSource(kind, id));
  }

  static String field(PaymentSource.Kind kind) {
    return switch (kind) {
      case CARD -> "paymentMethodId";
      case BANK_ACCOUNT -> "accountId";
      case PLAID_TOKEN -> "plaidPublicToken";
    };
  }

  /** Checks that the caller may see the invoice (for operations that go no further yet). */
  public void requireVisible(Account caller, String invoiceId) {
    getInvoice(caller, invoiceId);
  }

  /**
   * Creates a Draft invoice for the caller (the client) and the member named in the request. With
   * an idempotency key, the first response is recorded in the same transaction and later replays
   * answer with it.
   *
   * @param key the idempotency key, or null
   * @param requestBody the raw request body, whose hash identifies the request under {@code key}
   */
  public Recorded create(
      Account caller, ClientInvoiceCreateRequest request, IdempotencyKey key, byte[] requestBody) {
    if (caller.kind() != AccountKind.CLIENT) {
      // 422 rather than 403: the contract offers no 403 here, and the request is well-formed but
      // not acceptable.
      throw new ProblemException(
          422,
          "NOT_A_CLIENT",
          null,
          "only a client account can create client invoices; this token belongs to a member");
    }
    rules.validate(request);
    if (key == null) {
      return store.inTransaction(tx -> createIn(tx, caller, request, null));
    }
    Recorded replay = claim(key, requestBody);
    if (replay != null) {
      return replay;
    }
    try {
      return store.inTransaction(tx -> createIn(tx, caller, request, key));
    } catch (RuntimeException e) {
      // A refused or failed create records nothing: the key is free for a corrected retry.
      release(key, e);
      throw e;
    }
  }

  /**
   * Claims an idempotency key for a request with this body: null when this request may run (it must
   * then record its answer, or release the key), else the first answer to replay.
   *
   * @throws ProblemException 409 while the first request still runs, 422 when the key came with
   *     another body
   */
  private Recorded claim(IdempotencyKey key, byte[] requestBody) {
    IdempotencyClaim claim = store.claimIdempotencyKey(key, ApiTokens.sha256(requestBody));
    switch (claim.outcome()) {
      case COMPLETED:
        return new Recorded(claim.status(), claim.body());
      case IN_PROGRESS:
        throw new ProblemException(
            409,
            "IDEMPOTENCY_KEY_IN_USE",
            "Idempotency-Key",
            "a request with this Idempotency-Key is still running; retry later");
      case MISMATCH:
        throw new ProblemException(
            422,
            "IDEMPOTENCY_KEY_REUSED",
            "Idempotency-Key",
            "this Idempotency-Key was used with a different request body");
      case CLAIMED:
      default:
        return null;
    }
  }

  /** Gives back a claimed key after {@code failure}, so a corrected retry may use it. */
  private void release(IdempotencyKey key, RuntimeException failure) {
    try {
      store.releaseIdempotencyKey(key);
    } catch (RuntimeException suppressed) {
      failure.addSuppressed(suppressed); // an abandoned key frees itself after a while
    }
  }

  private Recorded createIn(
      Transaction tx, Account caller, ClientInvoiceCreateRequest request, IdempotencyKey key) {
    Account member =
        tx.findAccount(request.memberId())
            .filter(account -> account.kind() == AccountKind.MEMBER)
            .orElseThrow(
                () ->
                    new ProblemException(
                        422,
                        "VALIDATION_FAILED",
                        "memberId",
                        "memberId '" + request.memberId() + "' is not a member account"));
    Instant now = now();
    MemberClientRow link = tx.insertRelationshipIfAbsent(member.id(), caller.id(), now);
    Relationship relationship =
        new Relationship(
            link.id(), party(member), party(caller), Timestamps.format(link.createdAt()));
    String id = Store.newId();
    ClientInvoice draft = rules.draft(request, relationship, id, now);
    InvoiceRow row =
        new InvoiceRow(
            id,
            caller.id(),
            member.id(),
            draft.status().value(),
            1,
            LocalDate.parse(draft.dueDate()),
            now,
            now,
            InvoiceDocuments.encodeContent(draft),
            InvoiceDocuments.encodeState(draft));
    tx.insertInvoice(row);
    // The same bytes a GET of the new invoice sends (a Draft reads as stored).
    byte[] body = row.document();
    if (key != null) {
      tx.completeIdempotencyKey(key, 200, body);
    }
    return new Recorded(200, body);
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
   * @throws ProblemException 409 while the first request with the key still runs, 422 when the key
   *     came with another body, and whatever the PATCH itself throws
   */
  public Answer update(
      Account caller,
      String invoiceId,
      ClientInvoiceUpdateRequest patch,
      LongPredicate versionMatches,
      IdempotencyKey key,
      byte[] requestBody) {
    Recorded replay = claim(key, requestBody);
    if (replay != null) {
      return new Answer(replay.body(), store.idempotentResponseVersion(key));
    }
    try {
      return updateLocked(caller, invoiceId, patch, versionMatches, key);
    } catch (RuntimeException e) {
      release(key, e);
      throw e;
    }
  }

  /**
   * Applies a PATCH atomically to the latest version of the invoice, and writes a change with the
   * next version and its history row.
   *
   * <p>Most changes take one round trip: the rules run on the version the caller can see now (from
   * the invoice cache, or one read), and one statement writes the result on condition that the row
   * is still at that version. When another writer got there first, or the change sends the invoice
   * and needs the member's next number, the PATCH runs again on the locked row inside a
   * transaction, as {@link #updateLocked} says. Either way the answer is the one the latest version
   * gets: an If-Match is tested against the version the write is conditioned on.
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
    try (Store.Session session = store.session()) {
      InvoiceRow row =
          session
              .findInvoice(invoiceId, caller.id())
              .orElseThrow(() -> ProblemException.notFound(invoiceId));
      requireVersion(row, versionMatches);
      Instant now = now();
      LocalDate today = today();
      Update update = null;
      try {
        update = rules.apply(decoded.of(row), patch, now, today, NUMBER_NEEDS_LOCK);
      } catch (NumberNeedsLock e) {
        // on to the locked path below
      }
      if (update != null) {
        if (!update.changed()) {
          return new Answer(InvoiceDocuments.wireBytes(rules, row, today), row.version());
        }
        InvoiceRow written = InvoiceDocuments.nextVersion(row, update.invoice(), now);
        if (session.updateInvoiceIfUnchanged(written, now, history(update.changes()))) {
          decoded.remember(written, update.invoice());
          return new Answer(InvoiceDocuments.wireBytes(rules, written, today), written.version());
        }
      }
    }
    return updateLocked(caller, invoiceId, patch, versionMatches, null);
  }

  /**
   * The PATCH on the row locked until the transaction ends: concurrent writers queue, and a send
   * takes the member's next invoice number in the same transaction, so numbers stay gapless.
   */
  private Answer updateLocked(
      Account caller,
      String invoiceId,
      ClientInvoiceUpdateRequest patch,
      LongPredicate versionMatches,
      IdempotencyKey key) {
    return store.inTransaction(
        tx -> {
          Answer applied = updateIn(tx, caller, invoiceId, patch, versionMatches);
          if (key != null) {
            tx.completeIdempotencyKey(key, 200, applied.json(), applied.version());
          }
          return applied;
        });
  }

  private Answer updateIn(
      Transaction tx,
      Account caller,
      String invoiceId,
      ClientInvoiceUpdateRequest patch,
      LongPredicate versionMatches) {
    InvoiceRow row =
        tx.lockInvoice(invoiceId, caller.id())
            .orElseThrow(() -> ProblemException.notFound(invoiceId));
    requireVersion(row, versionMatches);
    Instant now = now();
    LocalDate today = today();
    Update update =
        rules.apply(
            decoded.of(row),
            patch,
            now,
            today,
            memberId -> Long.toString(tx.nextInvoiceNumber(memberId)));
    if (!update.changed()) {
      return new Answer(InvoiceDocuments.wireBytes(rules, row, today), row.version());
    }
    InvoiceRow written = InvoiceDocuments.nextVersion(row, update.invoice(), now);
    tx.updateInvoice(written, true, now, history(update.changes()));
    return new Answer(InvoiceDocuments.wireBytes(rules, written, today), written.version());
  }

  private static void requireVersion(InvoiceRow row, LongPredicate versionMatches) {
    if (versionMatches != null && !versionMatches.test(row.version())) {
      throw new ProblemException(
          412,
          "PRECONDITION_FAILED",
          "If-Match",
          "the invoice has changed: its current ETag is \"" + row.version() + "\"");
    }
  }

  /**
   * Thrown out of the rules when a change needs the member's next invoice number: numbers are taken
   * only on the locked path.
   */
  private static final class NumberNeedsLock extends RuntimeException {
    NumberNeedsLock() {
      super(null, null, false, false);
    }
  }

  private static final NumberNeedsLock NUMBER_NEEDED = new NumberNeedsLock();

  private static final InvoiceNumbers NUMBER_NEEDS_LOCK =
      memberId -> {
        throw NUMBER_NEEDED;
      };

  private static String history(List<FieldChange> changes) {
    return history(null, changes);
  }

  /** The history row's JSON: {@code first} (may be null), then each change. */
  static String history(Map<String, Object> first, List<FieldChange> changes) {
    List<Map<String, Object>> entries = new ArrayList<>(changes.size() + 1);
    if (first != null) {
      entries.add(first);
    }
    for (FieldChange change : changes) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("field", change.field());
      entry.put("before", change.before());
      entry.put("after", change.after());
      entries.add(entry);
    }
    try {
      // The plain map keeps explicit nulls (a field that was unset), unlike the records' NON_NULL
      // rule.
      return JSON.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("history entry not serialisable", e);
    }
  }

  static Party party(Account account) {
    return new Party(
        account.id(),
        account.name(),
        account.company(),
        account.email(),
        account.addressJson() == null
            ? null
            : InvoiceDocuments.decodeAddress(account.addressJson()),
        account.logoUrl());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
