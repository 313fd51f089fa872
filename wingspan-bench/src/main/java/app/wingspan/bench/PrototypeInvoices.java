package app.wingspan.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the stack prototypes of bench/run (JettyCoreCeiling, VertxPrototype) share: the server's
 * statements, word for word (Store.FIND_INVOICE and Store.UPDATE_INVOICE), the wire bytes of a row
 * (InvoiceRow.document's splice of content and state), the bearer check and the invoices loaded at
 * start. Prototypes, not the server: no request gate, metrics, request ids of their own or rules.
 */
final class PrototypeInvoices {
  /** Store.INVOICE_COLUMNS and Store.INVOICES. */
  private static final String SELECT =
      "select i.id, i.client_id, i.member_id, i.status, i.version, i.due_date, i.created_at,"
          + " i.updated_at, c.content::text, i.state::text"
          + " from invoices i join invoice_contents c on c.invoice_id = i.id";

  /** Store.FIND_INVOICE, JDBC placeholders. */
  static final String FIND_JDBC = SELECT + " where i.id = ? and i.client_id = ?";

  /** Store.FIND_INVOICE, PostgreSQL's placeholders (Vert.x). */
  static final String FIND_PG = SELECT + " where i.id = $1 and i.client_id = $2";

  /** Store.UPDATE_INVOICE, JDBC placeholders. */
  static final String UPDATE_JDBC =
      "with updated as (update invoices set status = ?, version = ?, updated_at = ?,"
          + " state = cast(? as json) where id = ? and version = ? returning id)"
          + " insert into invoice_history (invoice_id, by_client, at, changes)"
          + " select id, ?, ?, cast(? as jsonb) from updated";

  /**
   * Store.UPDATE_INVOICE, PostgreSQL's placeholders. The JSON parameters are bound as text, as the
   * JDBC driver binds setString's (Vert.x would send a Java String for a json parameter as a JSON
   * string value).
   */
  static final String UPDATE_PG =
      "with updated as (update invoices set status = $1, version = $2, updated_at = $3,"
          + " state = cast($4::text as json) where id = $5 and version = $6 returning id)"
          + " insert into invoice_history (invoice_id, by_client, at, changes)"
          + " select id, $7, $8, cast($9::text as jsonb) from updated";

  static final String INVOICE_PATH = "/payments/client/invoice/";

  /** The prefix of the routes that read every invoice from PostgreSQL (the server's cache off). */
  static final String UNCACHED_PREFIX = "/uncached";

  /** One invoice as loaded or last written: what a PATCH rewrites and the bytes a GET sends. */
  record Invoice(String status, long version, String state, byte[] document) {
    Invoice next() {
      return new Invoice(status, version + 1, state, document);
    }

    String etag() {
      return "\"" + version + "\"";
    }
  }

  final String clientId;
  final String changes;
  final Map<String, Invoice> byId = new ConcurrentHashMap<>();
  private final byte[] tokenHash;

  /**
   * Loads the client's invoices and the last history row the server wrote (the changes every
   * prototype PATCH records, as bench/run's pgbench script does).
   */
  PrototypeInvoices(String jdbcUrl, String clientId, String token) throws SQLException {
    this.clientId = clientId;
    this.tokenHash = sha256(token);
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Statement statement = connection.createStatement()) {
      try (ResultSet rs =
          statement.executeQuery(
              "select changes::text from invoice_history order by id desc limit 1")) {
        changes = rs.next() ? rs.getString(1) : "{}";
      }
      try (ResultSet rs =
          statement.executeQuery(
              SELECT + " where i.client_id = '" + clientId.replace("'", "''") + "'")) {
        while (rs.next()) {
          byId.put(rs.getString(1), invoice(rs));
        }
      }
    }
  }

  /** The invoice of a row of {@link #FIND_JDBC}'s columns. */
  static Invoice invoice(ResultSet rs) throws SQLException {
    return new Invoice(
        rs.getString(4),
        rs.getLong(5),
        rs.getString(10),
        document(rs.getString(9), rs.getString(10)));
  }

  /** True when {@code authorization} is "Bearer " and the client's token. */
  boolean authorized(String authorization) {
    return authorization != null
        && authorization.startsWith("Bearer ")
        && MessageDigest.isEqual(tokenHash, sha256(authorization.substring(7)));
  }

  /** The invoice id of an invoice path, or null for another path. */
  static String invoiceId(String path) {
    return path.startsWith(INVOICE_PATH) && path.length() > INVOICE_PATH.length()
        ? path.substring(INVOICE_PATH.length())
        : null;
  }

  /** InvoiceRow.document: the content's members, then the state's, as one object. */
  static byte[] document(String content, String state) {
    String first = content.strip();
    String second = state.strip();
    if (second.equals("{}")) {
      return first.getBytes(StandardCharsets.UTF_8);
    }
    if (first.equals("{}")) {
      return second.getBytes(StandardCharsets.UTF_8);
    }
    return (first.substring(0, first.length() - 1) + "," + second.substring(1))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
