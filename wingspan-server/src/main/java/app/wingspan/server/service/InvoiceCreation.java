package app.wingspan.server.service;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.invoice.Party;
import app.wingspan.server.invoice.Relationship;
import app.wingspan.server.invoice.Timestamps;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.IdempotencyKey;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.MemberClientRow;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.Transaction;
import java.time.Instant;
import java.time.LocalDate;

/** Creating a Draft invoice: the client is the caller, the member is named in the request. */
public final class InvoiceCreation {
  private final Store store;
  private final InvoiceRules rules;
  private final ServiceClock clock;
  private final Idempotency idempotency;

  InvoiceCreation(Store store, InvoiceRules rules, ServiceClock clock, Idempotency idempotency) {
    this.store = store;
    this.rules = rules;
    this.clock = clock;
    this.idempotency = idempotency;
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
          ErrorCodes.NOT_A_CLIENT,
          null,
          "only a client account can create client invoices; this token belongs to a member");
    }
    rules.validate(request);
    return idempotency.once(
        key,
        requestBody,
        first -> first,
        () -> store.inTransaction(tx -> createIn(tx, caller, request, key)));
  }

  private Recorded createIn(
      Transaction tx, Account caller, ClientInvoiceCreateRequest request, IdempotencyKey key) {
    Account member =
        store
            .accounts()
            .find(tx, request.memberId())
            .filter(account -> account.kind() == AccountKind.MEMBER)
            .orElseThrow(
                () ->
                    new ProblemException(
                        422,
                        ErrorCodes.VALIDATION_FAILED,
                        "memberId",
                        "memberId '" + request.memberId() + "' is not a member account"));
    Instant now = clock.now();
    MemberClientRow link = store.accounts().linkIfAbsent(tx, member.id(), caller.id(), now);
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
    store.invoices().insert(tx, row);
    // The same bytes a GET of the new invoice sends (a Draft reads as stored).
    byte[] body = row.document();
    if (key != null) {
      store.idempotency().complete(tx, key, 200, body);
    }
    return new Recorded(200, body);
  }

  private static Party party(Account account) {
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
}
