package app.wingspan.server.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The database as the service sees it: one store per table ({@link #accounts}, {@link #invoices},
 * {@link #payments}, {@link #idempotency}, {@link #events}, {@link #pageLinks}, {@link #webhooks}),
 * and the transactions their writes share. Callers see rows and outcomes, never JDBC.
 */
public final class Store {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder IDS = Base64.getUrlEncoder().withoutPadding();

  private final DataSource dataSource;
  private final InvoiceCache cache;
  private final AccountStore accounts;
  private final InvoiceStore invoices;
  private final PaymentStore payments;
  private final IdempotencyStore idempotency;
  private final EventStore events;
  private final PageLinkStore pageLinks;
  private final SentMailStore sentMail;
  private final WebhookStore webhooks;
  private final DeliveryStore deliveries;

  /** The store with every read from the database: for several processes writing one database. */
  public Store(Database database) {
    this(database, false);
  }

  /**
   * @param cacheInvoices keep recently used invoices in memory for reads; only when this process is
   *     the only writer of the database's invoices (see {@link InvoiceCache})
   */
  public Store(Database database, boolean cacheInvoices) {
    this.dataSource = database.dataSource();
    this.cache = cacheInvoices ? new InvoiceCache(InvoiceCache.DEFAULT_MAX_CHARS) : null;
    this.accounts = new AccountStore(dataSource);
    this.events = new EventStore(dataSource);
    this.invoices = new InvoiceStore(dataSource, cache, events);
    this.payments = new PaymentStore(dataSource);
    this.idempotency = new IdempotencyStore(dataSource);
    this.pageLinks = new PageLinkStore(dataSource);
    this.sentMail = new SentMailStore(dataSource);
    this.webhooks = new WebhookStore(dataSource);
    this.deliveries = new DeliveryStore(dataSource);
  }

  public AccountStore accounts() {
    return accounts;
  }

  public InvoiceStore invoices() {
    return invoices;
  }

  public PaymentStore payments() {
    return payments;
  }

  public IdempotencyStore idempotency() {
    return idempotency;
  }

  public EventStore events() {
    return events;
  }

  public PageLinkStore pageLinks() {
    return pageLinks;
  }

  public SentMailStore sentMail() {
    return sentMail;
  }

  public WebhookStore webhooks() {
    return webhooks;
  }

  /** Webhook deliveries: what was sent, to which endpoint, and how it went. */
  public DeliveryStore deliveries() {
    return deliveries;
  }

  /** A new random, URL-safe id (128 bits). */
  public static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return IDS.encodeToString(bytes);
  }

  /**
   * Forgets every cached invoice, so the next read of each asks the database. For a database
   * changed behind the server's back while no request runs (see {@code
   * WingspanServer.forgetCachedState}).
   */
  public void forgetCachedInvoices() {
    if (cache != null) {
      cache.clear();
    }
  }

  /**
   * Runs {@code work} in one read-committed transaction; it commits when {@code work} returns and
   * rolls back when it throws (the exception passes unchanged). Every pooled connection is read
   * committed already ({@link Database}); naming the level here would cost two extra round trips
   * per transaction (the driver asks for the current level, then sets it).
   */
  public <R> R inTransaction(Function<Transaction, R> work) {
    List<InvoiceRow> written = new ArrayList<>(1);
    boolean committed = false;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      R result;
      try {
        result = work.apply(new Transaction(connection, cache, written));
      } catch (RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      }
      connection.commit();
      committed = true;
      return result;
    } catch (SQLException e) {
      throw Sql.failure("a transaction", e);
    } finally {
      if (cache != null && !written.isEmpty()) {
        cache.writesEnd(written, committed);
      }
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException suppressed) {
      // The pool discards a connection it cannot reset; the transaction is over either way.
      failure.addSuppressed(suppressed);
    }
  }

  /**
   * A session of one request's invoice reads and conditional writes: {@link InvoiceStore#session}.
   */
  public InvoiceStore.Session session() {
    return invoices.session();
  }

  // ---- one-line conveniences for the admin command, the demo data, the test kit and tests

  public Account createAccount(
      AccountKind kind,
      String name,
      String company,
      String email,
      String addressJson,
      String logoUrl) {
    return accounts.create(kind, name, company, email, addressJson, logoUrl);
  }

  public Optional<Account> findAccount(String id) {
    return accounts.find(id);
  }

  /** Stores the SHA-256 of a token for {@code accountId}; the token itself is never stored. */
  public void addToken(String accountId, byte[] tokenHash) {
    accounts.addToken(accountId, tokenHash);
  }

  /** True when no account exists yet (a fresh database). */
  public boolean hasNoAccounts() {
    return accounts.hasNone();
  }

  public Optional<InvoiceRow> findInvoice(String id, String clientId) {
    return invoices.find(id, clientId);
  }

  public List<HistoryRow> history(String invoiceId) {
    return invoices.history(invoiceId);
  }

  /** The payments of an invoice, oldest first. */
  public List<PaymentRow> payments(String invoiceId) {
    return payments.ofInvoice(invoiceId);
  }

  /** The events of an invoice, in order. */
  public List<EventRow> events(String invoiceId) {
    return events.ofInvoice(invoiceId);
  }
}
