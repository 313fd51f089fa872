package app.wingspan.testing;

import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.ApiTokens;
import app.wingspan.server.store.Store;
import java.util.Locale;
import java.util.Objects;

/**
 * The accounts of the test server: a ready member and client for each test (created on first use
 * after every reset), and more on request. Accounts are made directly in the server's database, as
 * the server's admin command does; the API has no route that creates accounts.
 */
public final class TestAccounts {
  private static final String ADDRESS =
      "{\"addressLine1\":\"1 Main St\",\"city\":\"Austin\",\"postalCode\":\"78701\",\"state\":\"TX\"}";

  private final Store store;
  private TestAccount member;
  private TestAccount client;

  TestAccounts(Store store) {
    this.store = store;
  }

  /**
   * The test's member, "Mia Member".
   *
   * @return the same member until the next reset
   */
  public synchronized TestAccount member() {
    if (member == null) {
      member = createMember("Mia Member");
    }
    return member;
  }

  /**
   * The test's client, "Carl Client": the account the injected {@code Wingspan} client calls as.
   *
   * @return the same client until the next reset
   */
  public synchronized TestAccount client() {
    if (client == null) {
      client = createClient("Carl Client");
    }
    return client;
  }

  /**
   * A new member with a token of its own.
   *
   * @param name the member's name (its company and email are derived from it)
   * @return the new member
   */
  public TestAccount createMember(String name) {
    return create(TestAccount.Kind.MEMBER, name);
  }

  /**
   * A new client with a token of its own.
   *
   * @param name the client's name (its company and email are derived from it)
   * @return the new client
   */
  public TestAccount createClient(String name) {
    return create(TestAccount.Kind.CLIENT, name);
  }

  /**
   * A new token for an existing account; the account's earlier tokens stay valid.
   *
   * @param account the account
   * @return the account with the new token
   */
  public TestAccount newToken(TestAccount account) {
    String token = ApiTokens.generate();
    store.addToken(account.id(), ApiTokens.hash(token));
    return new TestAccount(account.id(), account.kind(), account.name(), account.email(), token);
  }

  /** Forgets the ready accounts (their rows are gone after a reset). */
  synchronized void forget() {
    member = null;
    client = null;
  }

  private TestAccount create(TestAccount.Kind kind, String name) {
    Objects.requireNonNull(name, "name");
    String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@example.test";
    Account account =
        store.createAccount(
            kind == TestAccount.Kind.MEMBER ? AccountKind.MEMBER : AccountKind.CLIENT,
            name,
            name + " Co",
            email,
            kind == TestAccount.Kind.MEMBER ? ADDRESS : null,
            null);
    String token = ApiTokens.generate();
    store.addToken(account.id(), ApiTokens.hash(token));
    return new TestAccount(account.id(), kind, name, email, token);
  }
}
