package app.wingspan.server.invoice;

import java.util.Objects;

/**
 * The member-client relationship row, created by the store on the first invoice between the two
 * accounts.
 *
 * @param memberClientId the relationship's id
 * @param member the member (payee)
 * @param client the client (payer)
 * @param createdAt when the relationship was created, ISO-8601 UTC
 */
public record Relationship(String memberClientId, Party member, Party client, String createdAt) {

  /** Requires every part. */
  public Relationship {
    Objects.requireNonNull(memberClientId, "memberClientId");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
