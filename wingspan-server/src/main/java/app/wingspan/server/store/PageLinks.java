package app.wingspan.server.store;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The table of invoice page links ({@code invoice_page_links}) and the key their tokens derive
 * from. Only a link's nonce and its token's SHA-256 are stored, never the token.
 */
public final class PageLinks {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;

  public PageLinks(Database database) {
    this.jdbi = database.jdbi();
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
    return Store.call(
        () ->
            jdbi.withHandle(
                h -> {
                  h.createUpdate(
                          "insert into page_link_key (id, secret) values (1, :secret)"
                              + " on conflict (id) do nothing")
                      .bind("secret", candidate)
                      .execute();
                  return h.createQuery("select secret from page_link_key where id = 1")
                      .mapTo(byte[].class)
                      .one();
                }));
  }

  /** The invoice's link, if it has one. */
  public Optional<Link> find(String invoiceId) {
    return Store.call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery("select nonce from invoice_page_links where invoice_id = :id")
                        .bind("id", invoiceId)
                        .mapTo(byte[].class)
                        .findOne()
                        .map(nonce -> new Link(invoiceId, nonce))));
  }

  /** The links of those of {@code invoiceIds} that have one. */
  public List<Link> findAll(List<String> invoiceIds) {
    return Store.call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "select invoice_id, nonce from invoice_page_links"
                                + " where invoice_id = any(:ids)")
                        .bind("ids", invoiceIds.toArray(new String[0]))
                        .map((rs, ctx) -> new Link(rs.getString(1), rs.getBytes(2)))
                        .list()));
  }

  /**
   * Stores {@code nonce} (and its token's hash) as the invoice's link unless it has one already;
   * returns the link it has after: the one given, or the one another request stored first.
   */
  public Link insertIfAbsent(String invoiceId, byte[] nonce, byte[] tokenHash, Instant now) {
    return Store.call(
        () ->
            jdbi.withHandle(
                h -> {
                  h.createUpdate(
                          "insert into invoice_page_links (invoice_id, nonce, token_hash, created_at)"
                              + " values (:id, :nonce, :hash, :now) on conflict (invoice_id) do nothing")
                      .bind("id", invoiceId)
                      .bind("nonce", nonce)
                      .bind("hash", tokenHash)
                      .bind("now", now)
                      .execute();
                  return new Link(
                      invoiceId,
                      h.createQuery("select nonce from invoice_page_links where invoice_id = :id")
                          .bind("id", invoiceId)
                          .mapTo(byte[].class)
                          .one());
                }));
  }

  /** Replaces the invoice's link (or makes its first): the old token opens nothing from now on. */
  public void replace(String invoiceId, byte[] nonce, byte[] tokenHash, Instant now) {
    Store.call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createUpdate(
                            "insert into invoice_page_links"
                                + " (invoice_id, nonce, token_hash, created_at, rotated_at)"
                                + " values (:id, :nonce, :hash, :now, :now) on conflict (invoice_id)"
                                + " do update set nonce = excluded.nonce,"
                                + " token_hash = excluded.token_hash, rotated_at = excluded.rotated_at")
                        .bind("id", invoiceId)
                        .bind("nonce", nonce)
                        .bind("hash", tokenHash)
                        .bind("now", now)
                        .execute()));
  }

  /** The invoice a token hash opens; the stored hash is compared in constant time. */
  public Optional<Opened> open(byte[] tokenHash) {
    return Store.call(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "select l.token_hash, i.id, i.client_id from invoice_page_links l"
                                + " join invoices i on i.id = l.invoice_id where l.token_hash = :hash")
                        .bind("hash", tokenHash)
                        .map(
                            (rs, ctx) ->
                                new Found(
                                    rs.getBytes(1), new Opened(rs.getString(2), rs.getString(3))))
                        .findOne()
                        .filter(found -> MessageDigest.isEqual(found.hash(), tokenHash))
                        .map(Found::opened)));
  }

  private record Found(byte[] hash, Opened opened) {}
}
