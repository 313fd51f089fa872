package app.wingspan.testing;

/**
 * An account of the test server with its API token: a member (who is owed invoices) or a client
 * (who receives and pays them, and is the caller of the {@code client_invoice} API).
 *
 * @param id the account id ({@code memberId} in a create request, for a member)
 * @param kind member or client
 * @param name the account's name
 * @param email the account's email
 * @param token the bearer token of the account; kept out of {@link #toString()}
 */
public record TestAccount(String id, Kind kind, String name, String email, String token) {

  /** What kind of account it is. */
  public enum Kind {
    /** Is owed invoices: the payee. */
    MEMBER,
    /** Receives and pays invoices: the caller of the client-invoice API. */
    CLIENT
  }

  /**
   * Describes the account without its token.
   *
   * @return a description without secrets
   */
  @Override
  public String toString() {
    return "TestAccount[id="
        + id
        + ", kind="
        + kind
        + ", name="
        + name
        + ", email="
        + email
        + ", token=***]";
  }
}
