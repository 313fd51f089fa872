package app.wingspan.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code invoices} table with its {@code invoice_contents}, {@code invoice_history} and {@code
 * invoice_counters}. Reads go through the invoice cache when the store has one.
 */
public final class InvoiceStore {
  private static final String COLUMNS =
      "i.id, i.client_id, i.member_id, i.status, i.version, i.due_date, i.created_at, i.updated_at,"
          + " c.content::text, i.state::text";

  /** The invoices ({@code i}) with their content ({@code c}): select {@link #COLUMNS} from. */
  private static final String INVOICES =
      "invoices i join invoice_contents c on c.invoice_id = i.id";

  private static final String FIND =
      "select " + COLUMNS + " from " + INVOICES + " where i.id = ? and i.client_id = ?";

  /**
   * The write of every change: the row's next version over the one it was computed on, its history
   * row and its events, in one statement, so no change commits without its events and no event
   * outlives a change that rolled back. Answers 1 when written, 0 when the row is at another
   * version (nothing written). The events come as a JSON array of {@code {"kind", "data"}}.
   */
  private static final String WRITE =
      "with updated as (update invoices set status = ?, version = ?, updated_at = ?,"
          + " state = cast(? as json) where id = ? and version = ?"
          + " returning id, client_id, member_id, version),"
          + " history as (insert into invoice_history (invoice_id, by_client, at, changes)"
          + " select id, ?, ?, cast(? as jsonb) from updated),"
          + " events as (insert into invoice_events (invoice_id, kind, at, version, client_id,"
          + " member_id, by_client, data, dispatched_at) select u.id, e.kind, x.at, u.version,"
          + " u.client_id, u.member_id, ?, e.data, "
          + EventStore.dispatchedAt("e.kind", "x.at", "x.kinds")
          + " from updated u cross join (select cast(? as timestamptz) as at,"
          + " cast(? as text[]) as kinds) x"
          + " cross join jsonb_to_recordset(cast(? as jsonb)) as e(kind text, data jsonb)"
          + ") select count(*) from updated";

  private final DataSource dataSource;
  private final InvoiceCache cache;
  private final EventStore events;

  InvoiceStore(DataSource dataSource, InvoiceCache cache, EventStore events) {
    this.dataSource = dataSource;
    this.cache = cache;
    this.events = events;
  }

  /**
   * The client's invoice. The hottest statement (every GET): plain JDBC on the pool, from the cache
   * when it holds it.
   */
  public Optional<InvoiceRow> find(String id, String clientId) {
    try (Session session = session()) {
      return session.find(id, clientId);
    }
  }

  /**
   * A session for one request's reads and conditional writes of invoices: they share one pooled
   * connection, taken at the first statement (a read the cache answers takes none) and given back
   * at close. A PATCH with the cache off reads and writes through one session, one hand-off with
   * the pool instead of two. Close it before {@link Store#inTransaction}, or the request would hold
   * two connections at once.
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
    public Optional<InvoiceRow> find(String id, String clientId) {
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
      try (PreparedStatement statement = connection().prepareStatement(FIND)) {
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
        throw Sql.failure("reading invoice", e);
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
    public boolean updateIfUnchanged(
        InvoiceRow next, Instant at, String changesJson, String eventsJson) {
      if (cache != null) {
        cache.writeBegins();
      }
      int updated = -1;
      try {
        updated = write(connection(), next, true, at, changesJson, eventsJson);
        return updated == 1;
      } catch (SQLException e) {
        throw Sql.failure("updating invoice", e);
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
   * Reads and row-locks the client's invoice until {@code tx} ends: concurrent writers queue here.
   */
  public Optional<InvoiceRow> lock(Transaction tx, String id, String clientId) {
    return lockWhere(tx, " where i.id = ? and i.client_id = ? for update of i", id, clientId);
  }

  /** Reads and row-locks an invoice by id alone (for work that acts for no caller). */
  public Optional<InvoiceRow> lock(Transaction tx, String id) {
    return lockWhere(tx, " where i.id = ? for update of i", id);
  }

  private Optional<InvoiceRow> lockWhere(Transaction tx, String where, Object... params) {
    try {
      return Sql.first(
          tx.connection(),
          "select " + COLUMNS + " from " + INVOICES + where,
          InvoiceStore::invoice,
          params);
    } catch (SQLException e) {
      throw Sql.failure("locking invoice", e);
    }
  }

  /** Inserts a new invoice: its row, its content and its {@code created} event. */
  public void insert(Transaction tx, InvoiceRow row) {
    tx.writing(row);
    try {
      Sql.update(
          tx.connection(),
          "with invoice as (insert into invoices (id, client_id, member_id, status, version,"
              + " due_date, created_at, updated_at, state) values (?, ?, ?, ?, ?, ?, ?, ?,"
              + " cast(? as json)) returning id, client_id, member_id, version, created_at),"
              + " created as (insert into invoice_events (invoice_id, kind, at, version,"
              + " client_id, member_id, by_client, dispatched_at) select id, 'created',"
              + " created_at, version, client_id, member_id, true, "
              + EventStore.dispatchedAt("'created'", "created_at", "k.kinds")
              + " from invoice cross join (select cast(? as text[]) as kinds) k)"
              + " insert into invoice_contents (invoice_id, content)"
              + " select id, cast(? as json) from invoice",
          row.id(),
          row.clientId(),
          row.memberId(),
          row.status(),
          row.version(),
          row.dueDate(),
          row.createdAt(),
          row.updatedAt(),
          row.state(),
          events.consumedKinds(tx.connection()),
          row.content());
    } catch (SQLException e) {
      throw Sql.failure("inserting invoice", e);
    }
  }

  /**
   * Writes {@code next} over the row whose version is {@code next.version() - 1}, with its history
   * row, inside {@code tx} (which holds the row locked).
   *
   * @param byClient true for a change the invoice's client asked for (the only account that can),
   *     false for one the system made (a settlement)
   * @throws IllegalStateException if the row changed underneath (it cannot while locked; a guard)
   */
  public void update(
      Transaction tx,
      InvoiceRow next,
      boolean byClient,
      Instant at,
      String changesJson,
      String eventsJson) {
    tx.writing(next);
    int updated;
    try {
      updated = write(tx.connection(), next, byClient, at, changesJson, eventsJson);
    } catch (SQLException e) {
      throw Sql.failure("updating invoice", e);
    }
    if (updated != 1) {
      throw new IllegalStateException("invoice " + next.id() + " changed underneath an update");
    }
  }

  private int write(
      Connection connection,
      InvoiceRow next,
      boolean byClient,
      Instant at,
      String changesJson,
      String eventsJson)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(WRITE)) {
      statement.setString(1, next.status());
      statement.setLong(2, next.version());
      statement.setObject(3, next.updatedAt().atOffset(ZoneOffset.UTC));
      statement.setString(4, next.state());
      statement.setString(5, next.id());
      statement.setLong(6, next.version() - 1);
      statement.setBoolean(7, byClient);
      statement.setObject(8, at.atOffset(ZoneOffset.UTC));
      statement.setString(9, changesJson);
      statement.setBoolean(10, byClient);
      statement.setObject(11, at.atOffset(ZoneOffset.UTC));
      statement.setArray(12, events.consumedKinds(connection));
      statement.setString(13, eventsJson);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /**
   * The member's next invoice number. The counter row stays locked until {@code tx} ends, so
   * concurrent sends of one member take turns and a rolled-back send gives its number back.
   */
  public long nextNumber(Transaction tx, String memberId) {
    try {
      return Sql.first(
              tx.connection(),
              "insert into invoice_counters (member_id, last_number) values (?, 1)"
                  + " on conflict (member_id) do update"
                  + " set last_number = invoice_counters.last_number + 1 returning last_number",
              rs -> rs.getLong(1),
              memberId)
          .orElseThrow();
    } catch (SQLException e) {
      throw Sql.failure("taking an invoice number", e);
    }
  }

  /**
   * Up to {@code limit} of the client's invoices, newest first, strictly after {@code after} (may
   * be null).
   */
  public List<InvoiceRow> list(String clientId, ListCursor after, int limit) {
    String select = "select " + COLUMNS + " from " + INVOICES + " where i.client_id = ?";
    String order = " order by i.created_at desc, i.id desc limit ?";
    return Sql.onConnection(
        dataSource,
        "listing invoices",
        c ->
            after == null
                ? Sql.list(c, select + order, InvoiceStore::invoice, clientId, limit)
                : Sql.list(
                    c,
                    select + " and (i.created_at, i.id) < (?, ?)" + order,
                    InvoiceStore::invoice,
                    clientId,
                    after.createdAt(),
                    after.id(),
                    limit));
  }

  /** The invoice's history, oldest first. */
  public List<HistoryRow> history(String invoiceId) {
    return Sql.onConnection(
        dataSource,
        "reading history",
        c ->
            Sql.list(
                c,
                "select h.invoice_id, case when h.by_client then i.client_id end, h.at,"
                    + " h.changes::text from invoice_history h join invoices i on i.id = h.invoice_id"
                    + " where h.invoice_id = ? order by h.id",
                rs ->
                    new HistoryRow(
                        rs.getString(1), rs.getString(2), Sql.instant(rs, 3), rs.getString(4)),
                invoiceId));
  }

  private static InvoiceRow invoice(ResultSet rs) throws SQLException {
    return new InvoiceRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getObject(6, LocalDate.class),
        Sql.instant(rs, 7),
        Sql.instant(rs, 8),
        rs.getString(9),
        rs.getString(10));
  }
}
