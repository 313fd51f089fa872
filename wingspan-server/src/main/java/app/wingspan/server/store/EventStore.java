package app.wingspan.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code invoice_events} table. A change's events are written by the statement that writes the
 * change ({@link InvoiceStore}), so they commit or roll back with it; this store reads them, and
 * records the one event no request causes: an Open invoice observed past its due date.
 */
public final class EventStore {
  private static final String COLUMNS =
      "seq, id::text, invoice_id, kind, at, version, client_id, member_id, by_client, data::text";

  /**
   * Every Open invoice due before today gets one {@code overdue} event per stay in Open: none if it
   * has one newer than its last status move.
   */
  /** In {@link #consumedKinds(Collection)}: a consumer is told of every kind. */
  public static final String EVERY_KIND = "*";

  private static final String RECORD_OVERDUE =
      "insert into invoice_events (invoice_id, kind, at, version, client_id, member_id, by_client,"
          + " data, dispatched_at) select i.id, 'overdue', x.at, i.version, i.client_id,"
          + " i.member_id, false, jsonb_build_object('dueDate', i.due_date), "
          + dispatchedAt("'overdue'", "x.at", "x.kinds")
          + " from invoices i cross join (select cast(? as timestamptz) as at,"
          + " cast(? as text[]) as kinds) x where i.status = 'Open' and i.due_date < ? and not exists (select 1 from"
          + " invoice_events o where o.invoice_id = i.id and o.kind = 'overdue' and o.seq >"
          + " coalesce((select max(s.seq) from invoice_events s where s.invoice_id = i.id"
          + " and s.kind = 'status'), 0))";

  private final DataSource dataSource;

  /**
   * The kinds this server's event consumers are told of; every kind until a dispatcher says (so
   * events written without one stay undispatched for whichever dispatcher comes).
   */
  private volatile String[] consumedKinds = {EVERY_KIND};

  EventStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Locks up to {@code limit} events not dispatched yet, lowest seq first, skipping those another
   * replica's dispatcher holds: each is handed to one dispatcher at a time, which marks it
   * dispatched ({@link #markDispatched}) in the same transaction.
   */
  public List<EventRow> claimUndispatched(Transaction tx, int limit) {
    try {
      return Sql.list(
          tx.connection(),
          "select "
              + COLUMNS
              + " from invoice_events where dispatched_at is null order by seq limit ?"
              + " for update skip locked",
          EventStore::row,
          limit);
    } catch (SQLException e) {
      throw Sql.failure("claiming events to dispatch", e);
    }
  }

  /**
   * The {@code dispatched_at} of a new event of kind {@code kind} written at {@code at} (SQL
   * expressions), given the array {@code kinds} of {@link #consumedKinds(Connection)}: null (the
   * dispatcher will claim it) when a consumer is told of its kind, else {@code at}: nobody is, so
   * it is dispatched as written, and no dispatcher claims it, calls nobody and updates its row
   * later.
   */
  static String dispatchedAt(String kind, String at, String kinds) {
    return "case when "
        + kind
        + " = any("
        + kinds
        + ") or '*' = any("
        + kinds
        + ") then null else "
        + at
        + " end";
  }

  /**
   * Sets the kinds this server's consumers are told of ({@link #EVERY_KIND} for all; none when it
   * has no consumer): events of other kinds are written already dispatched from now on. Every
   * replica of a deployment runs the same consumers, so the replica that writes an event decides as
   * any other would.
   */
  public void consumedKinds(Collection<String> kinds) {
    consumedKinds = kinds.toArray(String[]::new);
  }

  /** {@link #consumedKinds(Collection)} as a parameter of a statement on {@code connection}. */
  java.sql.Array consumedKinds(Connection connection) throws SQLException {
    return connection.createArrayOf("text", consumedKinds);
  }

  /**
   * Marks the claimed events {@code seqs} dispatched at {@code at}: one statement for a round's
   * events, not one per event.
   */
  public void markDispatched(Transaction tx, List<Long> seqs, Instant at) {
    if (seqs.isEmpty()) {
      return;
    }
    try {
      Connection c = tx.connection();
      Sql.update(
          c,
          "update invoice_events set dispatched_at = ? where seq = any(?)",
          at,
          c.createArrayOf("bigint", seqs.toArray()));
    } catch (SQLException e) {
      throw Sql.failure("marking events dispatched", e);
    }
  }

  /** How many events are not dispatched yet (for tests and operators). */
  public int undispatched() {
    return Sql.onConnection(
        dataSource,
        "counting undispatched events",
        c ->
            Sql.first(
                    c,
                    "select count(*) from invoice_events where dispatched_at is null",
                    rs -> rs.getInt(1))
                .orElse(0));
  }

  private static EventRow row(java.sql.ResultSet rs) throws SQLException {
    return new EventRow(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Sql.instant(rs, 5),
        rs.getLong(6),
        rs.getString(7),
        rs.getString(8),
        rs.getBoolean(9),
        rs.getString(10));
  }

  /** The events of an invoice, in order. */
  public List<EventRow> ofInvoice(String invoiceId) {
    return Sql.onConnection(
        dataSource,
        "reading events",
        c ->
            Sql.list(
                c,
                "select " + COLUMNS + " from invoice_events where invoice_id = ? order by seq",
                rs ->
                    new EventRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Sql.instant(rs, 5),
                        rs.getLong(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getBoolean(9),
                        rs.getString(10)),
                invoiceId));
  }

  /**
   * Records an {@code overdue} event for every Open invoice due before {@code today} that has none
   * for its current stay in Open, observed at {@code now}. Sweeps of several replicas take turns (a
   * transaction-scoped advisory lock), so none records an invoice twice.
   *
   * @return how many invoices were newly observed overdue
   */
  public int recordOverdue(Transaction tx, LocalDate today, Instant now) {
    try {
      Sql.first(
          tx.connection(),
          "select pg_advisory_xact_lock(hashtext('invoice_events.overdue'))",
          rs -> 0);
      return Sql.update(
          tx.connection(), RECORD_OVERDUE, now, consumedKinds(tx.connection()), today);
    } catch (SQLException e) {
      throw Sql.failure("recording overdue invoices", e);
    }
  }
}
