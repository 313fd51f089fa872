package app.wingspan.server.store;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Array;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code invoice_page_links} table and the key their tokens derive from ({@code
 * page_link_key}). Only a link's nonce and its token's SHA-256 are stored, never the token.
 */
public final class PageLinkStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String NONCE = "select nonce from invoice_page_links where invoice_id = ?";

  private final DataSource dataSource;

  PageLinkStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** An invoice's link as stored: its random nonce. */
  public record Link(String invoiceId, byte[] nonce) {}

  /** The invoice (and its client) a token hash opens. */
  public record Opened(String invoiceId, String clientId) {}

  /**
   * The database's page link key: made (32 random bytes) by the first server that asks, then the
   * same for every server on the database.
   */
  public byte[] sharedKey() {
    byte[] candidate = new byte[32];
    RANDOM.nextBytes(candidate);
    return Sql.onConnection(
        dataSource,
        "reading the page link key",
        c -> {
          Sql.update(
              c,
              "insert into page_link_key (id, secret) values (1, ?) on conflict (id) do nothing",
              candidate);
          return Sql.first(c, "select secret from page_link_key where id = 1", rs -> rs.getBytes(1))
              .orElseThrow(() -> new IllegalStateException("page link key missing after insert"));
        });
  }

  /** The invoice's link, if it has one. */
  public Optional<Link> find(String invoiceId) {
    return Sql.onConnection(
        dataSource,
        "reading a page link",
        c -> Sql.first(c, NONCE, rs -> new Link(invoiceId, rs.getBytes(1)), invoiceId));
  }

  /** The links of those of {@code invoiceIds} that have one. */
  public List<Link> findAll(List<String> invoiceIds) {
    return Sql.onConnection(
        dataSource,
        "reading page links",
        c -> {
          Array ids = c.createArrayOf("text", invoiceIds.toArray());
          try {
            return Sql.list(
                c,
                "select invoice_id, nonce from invoice_page_links where invoice_id = any(?)",
                rs -> new Link(rs.getString(1), rs.getBytes(2)),
                ids);
          } finally {
            ids.free();
          }
        });
  }

  /**
   * Stores {@code nonce} (and its token's hash) as the invoice's link unless it has one already;
   * returns the link it has after: the one given, or the one another request stored first.
   */
  public Link insertIfAbsent(String invoiceId, byte[] nonce, byte[] tokenHash, Instant now) {
    return Sql.onConnection(
        dataSource,
        "storing a page link",
        c -> {
          Sql.update(
              c,
              "insert into invoice_page_links (invoice_id, nonce, token_hash, created_at)"
                  + " values (?, ?, ?, ?) on conflict (invoice_id) do nothing",
              invoiceId,
              nonce,
              tokenHash,
              now);
          return Sql.first(c, NONCE, rs -> new Link(invoiceId, rs.getBytes(1)), invoiceId)
              .orElseThrow(() -> new IllegalStateException("page link missing after insert"));
        });
  }

  /** Replaces the invoice's link (or makes its first): the old token opens nothing from now on. */
  public void replace(String invoiceId, byte[] nonce, byte[] tokenHash, Instant now) {
    Sql.onConnection(
        dataSource,
        "rotating a page link",
        c ->
            Sql.update(
                c,
                "insert into invoice_page_links"
                    + " (invoice_id, nonce, token_hash, created_at, rotated_at)"
                    + " values (?, ?, ?, ?, ?) on conflict (invoice_id)"
                    + " do update set nonce = excluded.nonce,"
                    + " token_hash = excluded.token_hash, rotated_at = excluded.rotated_at",
                invoiceId,
                nonce,
                tokenHash,
                now,
                now));
  }

  /** The invoice a token hash opens; the stored hash is compared in constant time. */
  public Optional<Opened> open(byte[] tokenHash) {
    return Sql.onConnection(
            dataSource,
            "opening a page link",
            c ->
                Sql.first(
                    c,
                    "select l.token_hash, i.id, i.client_id from invoice_page_links l"
                        + " join invoices i on i.id = l.invoice_id where l.token_hash = ?",
                    rs -> new Found(rs.getBytes(1), new Opened(rs.getString(2), rs.getString(3))),
                    tokenHash))
        .filter(found -> MessageDigest.isEqual(found.hash(), tokenHash))
        .map(Found::opened);
  }

  private record Found(byte[] hash, Opened opened) {}
}
