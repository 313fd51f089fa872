package app.wingspan.server.invoice;

import app.wingspan.model.Address;
import java.util.Objects;

/**
 * An account as the rules see it, member or client, read by the store from the accounts table. Only
 * {@code accountId} is required; a missing text field reads as an empty string in the invoice
 * document (the wire contract marks {@code memberName}, {@code memberCompany}, ... as required
 * strings).
 *
 * @param accountId the account's id
 * @param name the person's or account's display name, or {@code null}
 * @param company the company name, or {@code null}
 * @param email the account's email, or {@code null}
 * @param address the postal address, or {@code null}
 * @param logoUrl the logo shown on invoices, or {@code null}
 */
public record Party(
    String accountId, String name, String company, String email, Address address, String logoUrl) {

  /** Requires the account id. */
  public Party {
    Objects.requireNonNull(accountId, "accountId");
  }
}
