package app.wingspan.server.mail;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceEvents;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.MemberClient;
import app.wingspan.server.invoice.FieldChange;
import app.wingspan.server.invoice.Timestamps;
import app.wingspan.server.invoice.Update;
import app.wingspan.server.json.ServerJson;
import app.wingspan.server.service.InvoiceWriter;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.Transaction;
import app.wingspan.server.work.Backoff;
import app.wingspan.server.work.DurableWork;
import app.wingspan.server.work.Outcome;
import app.wingspan.server.work.WorkKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the invoice messages as durable work (docs/mail.md). Two kinds: {@value #MESSAGE_KIND}, one
 * instance per message an event causes (the invoice, the confirmations, a failed payment), whose id
 * is the message's Message-ID before the host; and {@value #REMINDERS_KIND}, one instance per
 * invoice (id = the invoice's id), which sends every reminder that is due and not yet sent while
 * the invoice is Open or Overdue, then runs again at the next one.
 *
 * <p>Each message is sent once: its outcome is recorded by Message-ID ({@code sent_mail}) in the
 * transaction that records it on the invoice (through {@link InvoiceWriter}, as the system), and a
 * run first looks there. Accepted records the kind's {@code events} field; refused for good records
 * {@code events.emailUndeliverableAt} and is not retried; a temporary failure is retried with
 * backoff until {@link #GIVE_UP} after the message was due, then counts as undeliverable.
 */
public final class InvoiceMailer {
  /** Work kind of one message: never rename it (stored with every instance). */
  static final String MESSAGE_KIND = "invoice-mail";

  /** Work kind of an invoice's reminder chain: never rename it. */
  static final String REMINDERS_KIND = "invoice-reminders";

  /**
   * How long a message that keeps failing temporarily is retried before it counts undeliverable.
   */
  public static final Duration GIVE_UP = Duration.ofDays(3);

  /** While a payment is in transit, the reminder chain looks again after this long. */
  static final Duration IN_TRANSIT_LOOK_AGAIN = Duration.ofHours(6);

  private static final Backoff RETRY = new Backoff(Duration.ofSeconds(30), 2, Duration.ofHours(1));
  private static final ObjectMapper JSON = ServerJson.mapper();
  private static final Logger LOG = LoggerFactory.getLogger(InvoiceMailer.class);

  private final Store store;
  private final InvoiceWriter writer;
  private final MailTransport transport;
  private final MailTemplates templates;
  private final InvoicePages pages;
  private final String host;
  private final Clock clock;
  private final WorkKind messageKind = new WorkKind(MESSAGE_KIND, this::message, RETRY);
  private final WorkKind remindersKind = new WorkKind(REMINDERS_KIND, this::reminders, RETRY);
  private volatile DurableWork work;

  /**
   * @param host the right-hand side of every Message-ID (the From address's domain)
   */
  public InvoiceMailer(
      Store store,
      InvoiceWriter writer,
      MailTransport transport,
      InvoicePages pages,
      String host,
      Clock clock) {
    this.store = store;
    this.writer = writer;
    this.transport = transport;
    this.templates = new MailTemplates();
    this.pages = pages;
    this.host = host;
    this.clock = clock;
  }

  /** The kinds to register with the server's {@link DurableWork}. */
  public List<WorkKind> kinds() {
    return List.of(messageKind, remindersKind);
  }

  /** The durable work the messages are scheduled on, once it is built with {@link #kinds()}. */
  public void runOn(DurableWork work) {
    this.work = work;
  }

  /** What one message instance carries. */
  record MessageData(
      String kind, String invoiceId, String clientId, String giveUpAt, String reason) {}

  /**
   * Schedules one message in {@code tx}, due now.
   *
   * @param key the Message-ID's left-hand side, derived from the event (unique per message)
   */
  void scheduleMessage(
      Transaction tx, String key, MailKind kind, String invoiceId, String clientId, String reason) {
    Instant now = now();
    String data =
        json(
            new MessageData(
                kind.name(), invoiceId, clientId, now.plus(GIVE_UP).toString(), reason));
    work.schedule(tx.connection(), messageKind, key, data, now);
  }

  /**
   * Schedules the invoice's reminder chain in {@code tx} at {@code first}, unless it is pending.
   */
  void scheduleReminders(Transaction tx, String invoiceId, String clientId, Instant first) {
    work.schedule(tx.connection(), remindersKind, invoiceId, clientId, first);
  }

  /** Wakes the durable work after a transaction that scheduled messages committed. */
  void committed() {
    DurableWork current = work;
    if (current != null) {
      current.wakeAt(now());
    }
  }

  private Outcome message(String key, String data) {
    MessageData message = read(data);
    String messageId = key + "@" + host;
    if (store.sentMail().isRecorded(messageId)) {
      return Outcome.done();
    }
    Optional<InvoiceRow> row = store.invoices().find(message.invoiceId(), message.clientId());
    if (row.isEmpty()) {
      return Outcome.done();
    }
    ClientInvoice invoice = InvoiceDocuments.decode(row.get());
    send(
        MailKind.valueOf(message.kind()),
        messageId,
        invoice,
        message.reason(),
        Instant.parse(message.giveUpAt()));
    return Outcome.done();
  }

  private Outcome reminders(String invoiceId, String clientId) {
    Optional<InvoiceRow> row = store.invoices().find(invoiceId, clientId);
    if (row.isEmpty()) {
      return Outcome.done();
    }
    ClientInvoice invoice = InvoiceDocuments.decode(row.get());
    InvoiceStatus status = invoice.status();
    Instant now = now();
    if (InvoiceStatus.PAYMENT_IN_TRANSIT.equals(status)) {
      return Outcome.again(now.plus(IN_TRANSIT_LOOK_AGAIN));
    }
    if (!InvoiceStatus.OPEN.equals(status) && !InvoiceStatus.OVERDUE.equals(status)) {
      return Outcome.done();
    }
    for (ReminderSchedule.Reminder reminder : schedule(invoice)) {
      if (reminder.at().isAfter(now)) {
        return Outcome.again(reminder.at());
      }
      String messageId = reminderId(invoiceId, reminder.kind());
      if (!store.sentMail().isRecorded(messageId)) {
        send(reminder.kind(), messageId, invoice, null, reminder.at().plus(GIVE_UP));
      }
    }
    return Outcome.done();
  }

  /** The reminders of {@code invoice} after the day it was sent, by the schedule. */
  static List<ReminderSchedule.Reminder> schedule(ClientInvoice invoice) {
    if (invoice.dueDate() == null) {
      return List.of();
    }
    String sentAt = invoice.events() == null ? null : invoice.events().sentAt();
    LocalDate sentOn =
        sentAt == null ? LocalDate.MIN : LocalDate.ofInstant(Instant.parse(sentAt), ZoneOffset.UTC);
    return ReminderSchedule.ahead(LocalDate.parse(invoice.dueDate()), sentOn);
  }

  String reminderId(String invoiceId, MailKind kind) {
    return invoiceId + "." + kind.name().toLowerCase().replace('_', '-') + "@" + host;
  }

  /**
   * Sends one message and records its outcome; throws on a temporary failure before {@code
   * giveUpAt}, so the work is retried with backoff.
   */
  private void send(
      MailKind kind, String messageId, ClientInvoice invoice, String reason, Instant giveUpAt) {
    List<String> to = new ArrayList<>();
    List<String> cc = new ArrayList<>();
    recipients(kind, invoice, to, cc);
    if (to.isEmpty()) {
      LOG.info("{} of invoice {}: nobody to send it to", kind, invoice.invoiceId());
      return;
    }
    MailView view = InvoiceMailViews.of(invoice, pages.link(invoice).orElse(null), reason);
    MailTemplates.Rendered rendered = templates.render(kind, view);
    OutgoingMail mail =
        new OutgoingMail(
            messageId,
            to,
            cc,
            rendered.subject(),
            rendered.text(),
            rendered.html(),
            pages.attachments(invoice, kind));
    Delivery delivery = transport.deliver(mail);
    if (delivery instanceof Delivery.Accepted accepted) {
      LOG.info("{} of invoice {} accepted: {}", kind, invoice.invoiceId(), accepted.detail());
      record(
          invoice.invoiceId(), messageId, kind, "accepted", accepted.detail(), kind.recordedAs());
    } else if (delivery instanceof Delivery.Undeliverable refused) {
      LOG.warn("{} of invoice {} undeliverable: {}", kind, invoice.invoiceId(), refused.reason());
      record(
          invoice.invoiceId(),
          messageId,
          kind,
          "undeliverable",
          refused.reason(),
          "emailUndeliverableAt");
    } else {
      String why = ((Delivery.TryLater) delivery).reason();
      if (!now().isBefore(giveUpAt)) {
        LOG.warn(
            "{} of invoice {}: given up after {}: {}", kind, invoice.invoiceId(), GIVE_UP, why);
        record(invoice.invoiceId(), messageId, kind, "undeliverable", why, "emailUndeliverableAt");
        return;
      }
      throw new IllegalStateException("not sent yet, retried later: " + why);
    }
  }

  private void recipients(MailKind kind, ClientInvoice invoice, List<String> to, List<String> cc) {
    if (kind.recipient() == MailKind.Recipient.MEMBER) {
      String memberId = invoice.memberClient() == null ? null : invoice.memberClient().memberId();
      Optional<Account> member =
          memberId == null ? Optional.empty() : store.accounts().find(memberId);
      member.map(Account::email).filter(email -> !email.isBlank()).ifPresent(to::add);
      return;
    }
    MemberClient memberClient = invoice.memberClient();
    if (memberClient != null
        && memberClient.emailTo() != null
        && !memberClient.emailTo().isBlank()) {
      to.add(memberClient.emailTo());
    }
    if (memberClient != null && memberClient.emailCC() != null) {
      cc.addAll(memberClient.emailCC());
    } else if (invoice.additionalRecipientEmails() != null) {
      cc.addAll(invoice.additionalRecipientEmails());
    }
  }

  /**
   * Records the message's outcome, and {@code field} on the invoice, in one transaction. The
   * invoice row is locked first: the {@code sent_mail} insert's foreign key takes a share lock on
   * it, and two messages of one invoice (the two confirmations) recorded at once would otherwise
   * each hold that lock while waiting for the other's to lock the row for the update.
   */
  private void record(
      String invoiceId,
      String messageId,
      MailKind kind,
      String outcome,
      String detail,
      String field) {
    store.inTransaction(
        tx -> {
          Instant now = now();
          Optional<InvoiceRow> row = store.invoices().lock(tx, invoiceId);
          if (row.isEmpty()) {
            return null; // deleted meanwhile: nothing to record on
          }
          if (!store
              .sentMail()
              .record(tx, messageId, invoiceId, kind.name(), outcome, now, detail)) {
            return null;
          }
          if (field != null) {
            recordField(tx, row.get(), field, now);
          }
          return null;
        });
  }

  private void recordField(Transaction tx, InvoiceRow row, String field, Instant now) {
    ClientInvoice stored = InvoiceDocuments.decode(row);
    String at = Timestamps.format(now);
    InvoiceEvents events =
        stored.events() == null ? InvoiceEvents.builder().build() : stored.events();
    InvoiceEvents.Builder next = events.toBuilder();
    Object before;
    Object after = at;
    switch (field) {
      case "emailReceivedAt" -> {
        before = events.emailReceivedAt();
        after = appended(events.emailReceivedAt(), at);
        next.emailReceivedAt(appended(events.emailReceivedAt(), at));
      }
      case "sentManuallyAt" -> {
        before = events.sentManuallyAt();
        after = appended(events.sentManuallyAt(), at);
        next.sentManuallyAt(appended(events.sentManuallyAt(), at));
      }
      case "emailUndeliverableAt" -> {
        before = events.emailUndeliverableAt();
        next.emailUndeliverableAt(at);
      }
      case "sentDueIn3DaysAt" -> {
        before = events.sentDueIn3DaysAt();
        next.sentDueIn3DaysAt(at);
      }
      case "sentDueTodayAt" -> {
        before = events.sentDueTodayAt();
        next.sentDueTodayAt(at);
      }
      case "sentDue3DaysAgoAt" -> {
        before = events.sentDue3DaysAgoAt();
        next.sentDue3DaysAgoAt(at);
      }
      case "sentDue7DaysAgoAt" -> {
        before = events.sentDue7DaysAgoAt();
        next.sentDue7DaysAgoAt(at);
      }
      case "sentPaymentConfirmationToClient" -> {
        before = events.sentPaymentConfirmationToClient();
        next.sentPaymentConfirmationToClient(at);
      }
      case "sentPaymentConfirmationToMember" -> {
        before = events.sentPaymentConfirmationToMember();
        next.sentPaymentConfirmationToMember(at);
      }
      default -> throw new IllegalArgumentException("not a mail field: " + field);
    }
    ClientInvoice changed = stored.toBuilder().events(next.build()).updatedAt(at).build();
    Update update =
        new Update(
            changed,
            List.of(
                new FieldChange("events." + field, before, after),
                new FieldChange("updatedAt", stored.updatedAt(), at)));
    writer.write(tx, new InvoiceWriter.Change(row, update, InvoiceWriter.Actor.SYSTEM, null), now);
  }

  private static List<String> appended(List<String> list, String at) {
    List<String> all = new ArrayList<>(list == null ? List.of() : list);
    all.add(at);
    return List.copyOf(all);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String json(MessageData data) {
    try {
      return JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("message data not serialisable", e);
    }
  }

  private static MessageData read(String data) {
    try {
      return JSON.readValue(data, MessageData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable message data: " + e.getOriginalMessage(), e);
    }
  }
}
