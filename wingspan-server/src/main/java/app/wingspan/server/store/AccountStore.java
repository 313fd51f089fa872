package app.wingspan.server.store;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code accounts}, {@code api_tokens} and {@code member_clients} tables. */
public final class AccountStore {
  private static final String COLUMNS =
      "id, kind, name, company, email, address::text, logo_url, created_at";

  private final DataSource dataSource;

  AccountStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Account create(
      AccountKind kind,
      String name,
      String company,
      String email,
      String addressJson,
      String logoUrl) {
    return Sql.onConnection(
        dataSource,
        "creating an account",
        c ->
            Sql.first(
                    c,
                    "insert into accounts (id, kind, name, company, email, address, logo_url)"
                        + " values (?, ?, ?, ?, ?, cast(? as jsonb), ?) returning "
                        + COLUMNS,
                    AccountStore::account,
                    Store.newId(),
                    kind.wireName(),
                    name,
                    company,
                    email,
                    addressJson,
                    logoUrl)
                .orElseThrow());
  }

  public Optional<Account> find(String id) {
    return Sql.onConnection(dataSource, "reading an account", c -> find(c, id));
  }

  /** The account, read in {@code tx}. */
  public Optional<Account> find(Transaction tx, String id) {
    try {
      return find(tx.connection(), id);
    } catch (SQLException e) {
      throw Sql.failure("reading an account", e);
    }
  }

  private static Optional<Account> find(Connection c, String id) throws SQLException {
    return Sql.first(
        c, "select " + COLUMNS + " from accounts where id = ?", AccountStore::account, id);
  }

  /** True when no account exists yet (a fresh database). */
  public boolean hasNone() {
    return Sql.onConnection(
        dataSource,
        "counting accounts",
        c ->
            Sql.first(c, "select not exists (select 1 from accounts)", rs -> rs.getBoolean(1))
                .orElseThrow());
  }

  /** Stores the SHA-256 of a token for {@code accountId}; the token itself is never stored. */
  public void addToken(String accountId, byte[] tokenHash) {
    Sql.onConnection(
        dataSource,
        "adding a token",
        c ->
            Sql.update(
                c,
                "insert into api_tokens (token_hash, account_id) values (?, ?)",
                tokenHash,
                accountId));
  }

  /** The account a token hash belongs to; the stored hash is compared in constant time. */
  public Optional<Account> findByTokenHash(byte[] tokenHash) {
    return Sql.onConnection(
            dataSource,
            "reading a token",
            c ->
                Sql.first(
                    c,
                    "select t.token_hash, a.id, a.kind, a.name, a.company, a.email,"
                        + " a.address::text, a.logo_url, a.created_at"
                        + " from api_tokens t join accounts a on a.id = t.account_id"
                        + " where t.token_hash = ?",
                    rs -> new TokenOwner(rs.getBytes(1), account(rs, 2)),
                    (Object) tokenHash))
        .filter(owner -> MessageDigest.isEqual(owner.hash(), tokenHash))
        .map(TokenOwner::account);
  }

  private record TokenOwner(byte[] hash, Account account) {}

  /** Inserts the member-client relationship unless it exists, and returns it (new or as it was). */
  public MemberClientRow linkIfAbsent(
      Transaction tx, String memberId, String clientId, Instant now) {
    try {
      Connection c = tx.connection();
      Sql.update(
          c,
          "insert into member_clients (id, member_id, client_id, created_at) values (?, ?, ?, ?)"
              + " on conflict (member_id, client_id) do nothing",
          Store.newId(),
          memberId,
          clientId,
          now);
      return Sql.first(
              c,
              "select id, member_id, client_id, created_at from member_clients"
                  + " where member_id = ? and client_id = ?",
              rs ->
                  new MemberClientRow(
                      rs.getString(1), rs.getString(2), rs.getString(3), Sql.instant(rs, 4)),
              memberId,
              clientId)
          .orElseThrow();
    } catch (SQLException e) {
      throw Sql.failure("linking a member and a client", e);
    }
  }

  private static Account account(ResultSet rs) throws SQLException {
    return account(rs, 1);
  }

  private static Account account(ResultSet rs, int from) throws SQLException {
    return new Account(
        rs.getString(from),
        AccountKind.parse(rs.getString(from + 1)),
        rs.getString(from + 2),
        rs.getString(from + 3),
        rs.getString(from + 4),
        rs.getString(from + 5),
        rs.getString(from + 6),
        Sql.instant(rs, from + 7));
  }
}
