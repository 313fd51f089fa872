package app.wingspan.server.store;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The {@code idempotency_keys} table: each key's request hash and, once done, its answer. */
public final class IdempotencyStore {
  /**
   * A running idempotent request older than this was abandoned (its server died, or the database
   * went away before its key could be released); the key may be retried. A create takes
   * milliseconds and a statement at most the 30 s socket timeout, so two minutes cannot cut a live
   * request short.
   */
  private static final String ABANDONED_AFTER = "2 minutes";

  private static final String KEY_MATCH = "account_id = ? and method = ? and path = ? and key = ?";

  private final DataSource dataSource;

  IdempotencyStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Claims {@code key} for a request whose body hashes to {@code requestHash}. Keys are kept 24
   * hours; an older key counts as new.
   */
  public IdempotencyClaim claim(IdempotencyKey key, byte[] requestHash) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        IdempotencyClaim claim = claim(c, key, requestHash);
        c.commit();
        return claim;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw Sql.failure("claiming an idempotency key", e);
    }
  }

  private static IdempotencyClaim claim(Connection c, IdempotencyKey key, byte[] requestHash)
      throws SQLException {
    Sql.update(
        c,
        "delete from idempotency_keys where "
            + KEY_MATCH
            + " and (created_at < now() - interval '24 hours'"
            + " or (state = 'running' and created_at < now() - interval '"
            + ABANDONED_AFTER
            + "'))",
        key.accountId(),
        key.method(),
        key.path(),
        key.key());
    int inserted =
        Sql.update(
            c,
            "insert into idempotency_keys (account_id, method, path, key, request_hash, state)"
                + " values (?, ?, ?, ?, ?, 'running') on conflict do nothing",
            key.accountId(),
            key.method(),
            key.path(),
            key.key(),
            requestHash);
    if (inserted == 1) {
      return IdempotencyClaim.of(IdempotencyClaim.Outcome.CLAIMED);
    }
    return Sql.first(
            c,
            "select request_hash, state, response_status, response_body from idempotency_keys"
                + " where "
                + KEY_MATCH,
            rs -> {
              if (!MessageDigest.isEqual(rs.getBytes(1), requestHash)) {
                return IdempotencyClaim.of(IdempotencyClaim.Outcome.MISMATCH);
              }
              if ("running".equals(rs.getString(2))) {
                return IdempotencyClaim.of(IdempotencyClaim.Outcome.IN_PROGRESS);
              }
              return new IdempotencyClaim(
                  IdempotencyClaim.Outcome.COMPLETED, rs.getInt(3), rs.getBytes(4));
            },
            key.accountId(),
            key.method(),
            key.path(),
            key.key())
        // The holder finished and released it between our insert and select: the caller may simply
        // retry.
        .orElse(IdempotencyClaim.of(IdempotencyClaim.Outcome.IN_PROGRESS));
  }

  /** Gives a claimed key back (the request failed in a way a retry may fix). */
  public void release(IdempotencyKey key) {
    Sql.onConnection(
        dataSource,
        "releasing an idempotency key",
        c ->
            Sql.update(
                c,
                "delete from idempotency_keys where " + KEY_MATCH + " and state = 'running'",
                key.accountId(),
                key.method(),
                key.path(),
                key.key()));
  }

  /** Records the response of a claimed key, committed with the work it answers for. */
  public void complete(Transaction tx, IdempotencyKey key, int status, byte[] body) {
    complete(tx, key, status, body, null);
  }

  /**
   * Records the response of a claimed key with the invoice version its {@code ETag} names (a
   * PATCH's answer), committed with the work it answers for.
   *
   * @param version the version, or null for an answer without an ETag
   */
  public void complete(Transaction tx, IdempotencyKey key, int status, byte[] body, Long version) {
    try {
      Sql.update(
          tx.connection(),
          "update idempotency_keys set state = 'done', response_status = ?, response_body = ?,"
              + " response_version = ? where "
              + KEY_MATCH,
          status,
          body,
          version,
          key.accountId(),
          key.method(),
          key.path(),
          key.key());
    } catch (SQLException e) {
      throw Sql.failure("recording an idempotent answer", e);
    }
  }

  /**
   * The invoice version recorded with a completed key's response (a PATCH's ETag), or -1 when none
   * was.
   */
  public long responseVersion(IdempotencyKey key) {
    return Sql.onConnection(
        dataSource,
        "reading an idempotent answer's version",
        c ->
            Sql.first(
                    c,
                    "select coalesce(response_version, -1) from idempotency_keys where "
                        + KEY_MATCH,
                    rs -> rs.getLong(1),
                    key.accountId(),
                    key.method(),
                    key.path(),
                    key.key())
                .orElse(-1L));
  }

  /** Forgets keys older than 24 hours. */
  public int purgeExpired() {
    return Sql.onConnection(
        dataSource,
        "purging idempotency keys",
        c ->
            Sql.update(
                c, "delete from idempotency_keys where created_at < now() - interval '24 hours'"));
  }
}
