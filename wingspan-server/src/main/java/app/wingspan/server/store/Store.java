package app.wingspan.server.store;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Every SQL statement of the service. Callers see rows and outcomes, never JDBC or JDBI. */
public final class Store {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder IDS = Base64.getUrlEncoder().withoutPadding();

  /**
   * A running idempotent request older than this was abandoned (its server died, or the database
   * went away before its key could be released); the key may be retried. A create takes
   * milliseconds and a statement at most the 30 s socket timeout, so two minutes cannot cut a live
   * request short.
   */
  private static final String ABANDONED_AFTER = "2 minutes";

  private final Jdbi jdbi;
  private final DataSource dataSource;
  private final InvoiceCache cache;

  /** The store with every read from the database: for several processes writing one database. */
  public Store(Database database) {
    this(database, false);
  }

  /**
   * @param cacheInvoices keep recently used invoices in memory for reads; only when this process is
   *     the only writer of the database's invoices (see {@link InvoiceCache})
   */
  public Store(Database database, boolean cacheInvoices) {
    this.jdbi = database.jdbi();
    this.dataSource = database.dataSource();
    this.cache = cacheInvoices ? new InvoiceCache(InvoiceCache.DEFAULT_MAX_CHARS) : null;
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

  /** A new random, URL-safe id (128 bits). */
  public static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return IDS.encodeToString(bytes);
  }

  // ---- accounts and tokens

  public Account createAccount(
      AccountKind kind,
      String name,
      String company,
      String email,
      String addressJson,
      String logoUrl) {
    String id = newId();
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "insert into accounts (id, kind, name, company, email, address, logo_url)"
                                + " values (:id, :kind, :name, :company, :email, cast(:address as jsonb), :logoUrl)"
                                + " returning "
                                + ACCOUNT_COLUMNS)
                        .bind("id", id)
                        .bind("kind", kind.wireName())
                        .bind("name", name)
                        .bind("company", company)
                        .bind("email", email)
                        .bind("address", addressJson)
                        .bind("logoUrl", logoUrl)
                        .map((rs, ctx) -> account(rs))
                        .one()));
  }

  public Optional<Account> findAccount(String id) {
    return call(() -> jdbi.withHandle(h -> findAccount(h, id)));
  }

  /** True when no account exists yet (a fresh database). */
  public boolean hasNoAccounts() {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery("select not exists (select 1 from accounts)")
                        .mapTo(Boolean.class)
                        .one()));
  }

  /** Stores the SHA-256 of a token for {@code accountId}; the token itself is never stored. */
  public void addToken(String accountId, byte[] tokenHash) {
    call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createUpdate(
                            "insert into api_tokens (token_hash, account_id) values (:hash, :account)")
                        .bind("hash", tokenHash)
                        .bind("account", accountId)
                        .execute()));
  }

  /** The account a token hash belongs to; the stored hash is compared in constant time. */
  public Optional<Account> findAccountByTokenHash(byte[] tokenHash) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "select t.token_hash, a.id, a.kind, a.name, a.company, a.email, a.address::text,"
                                + " a.logo_url, a.created_at from api_tokens t join accounts a on a.id = t.account_id"
                                + " where t.token_hash = :hash")
                        .bind("hash", tokenHash)
                        .map(
                            (rs, ctx) ->
                                new TokenOwner(
                                    rs.getBytes(1),
                                    new Account(
                                        rs.getString(2),
                                        AccountKind.parse(rs.getString(3)),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        rs.getString(7),
                                        rs.getString(8),
                                        instant(rs, 9))))
                        .findOne()
                        .filter(owner -> MessageDigest.isEqual(owner.hash(), tokenHash))
                        .map(TokenOwner::account)));
  }

  private record TokenOwner(byte[] hash, Account account) {}

  // ---- invoices

  /**
   * Runs {@code work} in one read-committed transaction; it commits when {@code work} returns.
   * Every pooled connection is read committed already ({@link Database}); naming the level here
   * would cost two extra round trips per transaction (the driver asks for the current level, then
   * sets it).
   */
  public <R> R inTransaction(Function<Transaction, R> work) {
    List<InvoiceRow> written = new ArrayList<>(1);
    boolean committed = false;
    try {
      R result =
          call(() -> jdbi.inTransaction(h -> work.apply(new Transaction(h, cache, written))));
      committed = true;
      return result;
    } finally {
      if (cache != null && !written.isEmpty()) {
        cache.writesEnd(written, committed);
      }
    }
  }

  /**
   * The client's invoice. The hottest statement (every GET): plain JDBC on the pool, without JDBI's
   * per-call handle, statement context and named-parameter work, which cost more CPU than the query
   * itself.
   */
  public Optional<InvoiceRow> findInvoice(String id, String clientId) {
    try (Session session = session()) {
      return session.findInvoice(id, clientId);
    }
  }

  private static final String FIND_INVOICE =
      "select "
          + Store.INVOICE_COLUMNS
          + " from "
          + Store.INVOICES
          + " where i.id = ? and i.client_id = ?";

  /**
   * A session for one request's reads and conditional writes of invoices: they share one pooled
   * connection, taken at the first statement (a read the cache answers takes none) and given back
   * at close. A PATCH with the cache off reads and writes through one session, one hand-off with
   * the pool instead of two. Close it before {@link #inTransaction}, or the request would hold two
   * connections at once.
   */
  public Session session() {
    return new Session();
  }

  /** See {@link #session()}. Not thread-safe: one request's. */
  public final class Session implements AutoCloseable {
    private Connection connection;

    private Session() {}

    private Connection connection() throws SQLException {
      if (connection == null) {
        connection = dataSource.getConnection();
      }
      return connection;
    }

    /** The client's invoice, from the cache when it holds it. */
    public Optional<InvoiceRow> findInvoice(String id, String clientId) {
      long ticket = -1;
      if (cache != null) {
        InvoiceRow cached = cache.find(id);
        if (cached != null) {
          // An invoice never changes client: another client's cached invoice is as absent as in
          // the query.
          return cached.clientId().equals(clientId) ? Optional.of(cached) : Optional.empty();
        }
        ticket = cache.readBegins();
      }
      try (PreparedStatement statement = connection().prepareStatement(FIND_INVOICE)) {
        statement.setString(1, id);
        statement.setString(2, clientId);
        try (ResultSet rs = statement.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          InvoiceRow row = invoice(rs);
          if (cache != null) {
            cache.remember(row, ticket);
          }
          return Optional.of(row);
        }
      } catch (SQLException e) {
        if (isUnavailable(e)) {
          throw new DatabaseUnavailableException(e);
        }
        throw new IllegalStateException("reading invoice failed: " + e.getMessage(), e);
      }
    }

    /**
     * Writes {@code next} over the row if that row is still at {@code next.version() - 1}, with its
     * history row, as one statement committed on its own: the hot path of a PATCH, one round trip
     * instead of a locking read, the write and a commit. An If-Match or a concurrent writer is
     * safe: the version test is the same one the locked path runs.
     *
     * <p>The change is recorded as the invoice's client's: only its client can change an invoice by
     * a request.
     *
     * @return true when written; false when the row has moved on (nothing was written: redo the
     *     change on the latest version)
     */
    public boolean updateInvoiceIfUnchanged(InvoiceRow next, Instant at, String changesJson) {
      if (cache != null) {
        cache.writeBegins();
      }
      int updated = -1;
      try {
        updated = updateInvoice(connection(), next, true, at, changesJson);
        return updated == 1;
      } catch (SQLException e) {
        if (isUnavailable(e)) {
          throw new DatabaseUnavailableException(e);
        }
        throw new IllegalStateException("updating invoice failed: " + e.getMessage(), e);
      } finally {
        if (cache != null) {
          if (updated == 0) {
            cache.writeEndsUnchanged();
          } else {
            // Written (1), or failed with its outcome unknown (-1): the cache's tombstone rule
            // applies.
            cache.writesEnd(List.of(next), updated == 1);
          }
        }
      }
    }

    /** Gives the connection back to the pool, if a statement took one. */
    @Override
    public void close() {
      Connection taken = connection;
      connection = null;
      if (taken != null) {
        try {
          taken.close();
        } catch (SQLException e) {
          // The pool evicts a connection it could not take back; the request's work is done.
          throw new IllegalStateException("returning a connection failed: " + e.getMessage(), e);
        }
      }
    }
  }

  /**
   * Writes {@code next} over the row at {@code next.version() - 1} and appends its history row, in
   * one statement: the conditional write of a PATCH and the write of the locked path alike.
   *
   * @param byClient true for a change the invoice's client asked for (the only account that can),
   *     false for one the system made (a settlement)
   * @return 1 when written, 0 when the row is at another version (nothing written)
   */
  static int updateInvoice(
      Connection connection, InvoiceRow next, boolean byClient, Instant at, String changesJson)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(UPDATE_INVOICE)) {
      statement.setString(1, next.status());
      statement.setLong(2, next.version());
      statement.setObject(3, next.updatedAt().atOffset(ZoneOffset.UTC));
      statement.setString(4, next.state());
      statement.setString(5, next.id());
      statement.setLong(6, next.version() - 1);
      statement.setBoolean(7, byClient);
      statement.setObject(8, at.atOffset(ZoneOffset.UTC));
      statement.setString(9, changesJson);
      return statement.executeUpdate();
    }
  }

  private static final String UPDATE_INVOICE =
      "with updated as (update invoices set status = ?, version = ?, updated_at = ?,"
          + " state = cast(? as json) where id = ? and version = ? returning id)"
          + " insert into invoice_history (invoice_id, by_client, at, changes)"
          + " select id, ?, ?, cast(? as jsonb) from updated";

  /**
   * Up to {@code limit} of the client's invoices, newest first, strictly after {@code after} (may
   * be null).
   */
  public List<InvoiceRow> listInvoices(String clientId, ListCursor after, int limit) {
    String keyset = after == null ? "" : " and (i.created_at, i.id) < (:afterAt, :afterId)";
    return call(
        () ->
            jdbi.withHandle(
                h -> {
                  var query =
                      h.createQuery(
                              "select "
                                  + INVOICE_COLUMNS
                                  + " from "
                                  + INVOICES
                                  + " where i.client_id = :client"
                                  + keyset
                                  + " order by i.created_at desc, i.id desc limit :limit")
                          .bind("client", clientId)
                          .bind("limit", limit);
                  if (after != null) {
                    query.bind("afterAt", after.createdAt()).bind("afterId", after.id());
                  }
                  return query.map((rs, ctx) -> invoice(rs)).list();
                }));
  }

  public List<HistoryRow> history(String invoiceId) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "select h.invoice_id, case when h.by_client then i.client_id end, h.at,"
                                + " h.changes::text from invoice_history h join invoices i on i.id = h.invoice_id"
                                + " where h.invoice_id = :id order by h.id")
                        .bind("id", invoiceId)
                        .map(
                            (rs, ctx) ->
                                new HistoryRow(
                                    rs.getString(1),
                                    rs.getString(2),
                                    instant(rs, 3),
                                    rs.getString(4)))
                        .list()));
  }

  /** The payments of an invoice, oldest first. */
  public List<PaymentRow> payments(String invoiceId) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "select "
                                + PaymentRow.COLUMNS
                                + " from payments where invoice_id = :id"
                                + " order by created_at, id")
                        .bind("id", invoiceId)
                        .map((rs, ctx) -> PaymentRow.read(rs))
                        .list()));
  }

  // ---- idempotency keys

  /**
   * Claims {@code key} for a request whose body hashes to {@code requestHash}. Keys are kept 24
   * hours; an older key counts as new.
   */
  public IdempotencyClaim claimIdempotencyKey(IdempotencyKey key, byte[] requestHash) {
    return call(() -> jdbi.inTransaction(h -> claim(h, key, requestHash)));
  }

  private static IdempotencyClaim claim(Handle h, IdempotencyKey key, byte[] requestHash) {
    h.createUpdate(
            "delete from idempotency_keys where "
                + KEY_MATCH
                + " and (created_at < now() - interval '24 hours'"
                + " or (state = 'running' and created_at < now() - interval '"
                + ABANDONED_AFTER
                + "'))")
        .bindMethods(key)
        .execute();
    int inserted =
        h.createUpdate(
                "insert into idempotency_keys (account_id, method, path, key, request_hash, state)"
                    + " values (:accountId, :method, :path, :key, :hash, 'running') on conflict do nothing")
            .bindMethods(key)
            .bind("hash", requestHash)
            .execute();
    if (inserted == 1) {
      return IdempotencyClaim.of(IdempotencyClaim.Outcome.CLAIMED);
    }
    return h.createQuery(
            "select request_hash, state, response_status, response_body from idempotency_keys where "
                + KEY_MATCH)
        .bindMethods(key)
        .map(
            (rs, ctx) -> {
              if (!MessageDigest.isEqual(rs.getBytes(1), requestHash)) {
                return IdempotencyClaim.of(IdempotencyClaim.Outcome.MISMATCH);
              }
              if ("running".equals(rs.getString(2))) {
                return IdempotencyClaim.of(IdempotencyClaim.Outcome.IN_PROGRESS);
              }
              return new IdempotencyClaim(
                  IdempotencyClaim.Outcome.COMPLETED, rs.getInt(3), rs.getBytes(4));
            })
        .findOne()
        // The holder finished and released it between our insert and select: the caller may simply
        // retry.
        .orElse(IdempotencyClaim.of(IdempotencyClaim.Outcome.IN_PROGRESS));
  }

  /**
   * The invoice version recorded with a completed key's response (a PATCH's ETag), or -1 when none
   * was.
   */
  public long idempotentResponseVersion(IdempotencyKey key) {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "select coalesce(response_version, -1) from idempotency_keys where "
                                + KEY_MATCH)
                        .bindMethods(key)
                        .mapTo(Long.class)
                        .findOne()
                        .orElse(-1L)));
  }

  /** Gives a claimed key back (the request failed in a way a retry may fix). */
  public void releaseIdempotencyKey(IdempotencyKey key) {
    call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createUpdate(
                            "delete from idempotency_keys where "
                                + KEY_MATCH
                                + " and state = 'running'")
                        .bindMethods(key)
                        .execute()));
  }

  /** Forgets keys older than 24 hours. */
  public int purgeExpiredIdempotencyKeys() {
    return call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createUpdate(
                            "delete from idempotency_keys where created_at < now() - interval '24 hours'")
                        .execute()));
  }

  // ---- plumbing

  static final String KEY_MATCH =
      "account_id = :accountId and method = :method and path = :path and key = :key";
  static final String ACCOUNT_COLUMNS =
      "id, kind, name, company, email, address::text, logo_url, created_at";
  static final String INVOICE_COLUMNS =
      "i.id, i.client_id, i.member_id, i.status, i.version, i.due_date, i.created_at, i.updated_at,"
          + " c.content::text, i.state::text";

  /**
   * The invoices ({@code i}) with their content ({@code c}): select {@link #INVOICE_COLUMNS} from.
   */
  static final String INVOICES = "invoices i join invoice_contents c on c.invoice_id = i.id";

  static Optional<Account> findAccount(Handle h, String id) {
    return h.createQuery("select " + ACCOUNT_COLUMNS + " from accounts where id = :id")
        .bind("id", id)
        .map((rs, ctx) -> account(rs))
        .findOne();
  }

  static Account account(ResultSet rs) throws SQLException {
    return new Account(
        rs.getString(1),
        AccountKind.parse(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        instant(rs, 8));
  }

  static InvoiceRow invoice(ResultSet rs) throws SQLException {
    return new InvoiceRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getObject(6, java.time.LocalDate.class),
        instant(rs, 7),
        instant(rs, 8),
        rs.getString(9),
        rs.getString(10));
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /**
   * Turns "the database is not there" into {@link DatabaseUnavailableException}; everything else
   * passes.
   */
  static <R> R call(Supplier<R> work) {
    try {
      return work.get();
    } catch (JdbiException e) {
      if (isUnavailable(e)) {
        throw new DatabaseUnavailableException(e);
      }
      throw e;
    }
  }

  static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException) {
        String state = ((SQLException) t).getSQLState();
        // 08: connection exceptions; 57P: the server is shutting down or was restarted.
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
          return true;
        }
      }
    }
    return false;
  }
}
